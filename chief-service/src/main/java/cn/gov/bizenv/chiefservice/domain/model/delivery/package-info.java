/** How a pushed policy travels to a firm, from 已推送 to 已兑现, step by dated step. */
package cn.gov.bizenv.chiefservice.domain.model.delivery;
