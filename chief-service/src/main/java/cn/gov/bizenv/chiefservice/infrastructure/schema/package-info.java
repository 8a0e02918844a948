/** Chief service's Flyway migrations, run by case tracking's schema migration after its own. */
package cn.gov.bizenv.chiefservice.infrastructure.schema;
