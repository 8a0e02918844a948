/** Operations: health checks for liveness and readiness. */
package cn.gov.bizenv.portal.ops;
