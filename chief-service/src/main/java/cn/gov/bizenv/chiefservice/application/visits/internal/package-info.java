/** The visit log's EJB and the views it returns. */
package cn.gov.bizenv.chiefservice.application.visits.internal;
