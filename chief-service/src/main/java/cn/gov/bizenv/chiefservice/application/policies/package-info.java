/** The library of business-support policies (惠企政策), matched to firms and pushed to them. */
package cn.gov.bizenv.chiefservice.application.policies;
