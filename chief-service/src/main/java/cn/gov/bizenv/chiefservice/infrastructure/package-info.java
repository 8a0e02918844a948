/** Chief service's technical side: JPA repositories, its schema, the Excel reader and demo data. */
package cn.gov.bizenv.chiefservice.infrastructure;
