/** Pages for the policy library, matching and the push, deliveries and reach reports. */
package cn.gov.bizenv.portal.web.policies;
