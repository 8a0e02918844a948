/** REST resources for the policy library, its matches, the push, deliveries and reach reports. */
package cn.gov.bizenv.portal.rest.policies;
