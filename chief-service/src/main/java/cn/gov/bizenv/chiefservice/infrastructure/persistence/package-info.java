/** JPA implementations of chief service's repositories; filters, counts and sums run as SQL. */
package cn.gov.bizenv.chiefservice.infrastructure.persistence;
