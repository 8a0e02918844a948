/** A pushed policy's way to each firm: delivered, acknowledged, applied for, redeemed. */
package cn.gov.bizenv.chiefservice.application.deliveries;
