/** Pages where officers plan and log visits and follow the cases their firms' problems became. */
package cn.gov.bizenv.portal.web.visits;
