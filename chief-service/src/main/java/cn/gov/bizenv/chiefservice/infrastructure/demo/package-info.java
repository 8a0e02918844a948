/** Demo mode only: firms, assignments, visits and policies on top of case tracking's demo data. */
package cn.gov.bizenv.chiefservice.infrastructure.demo;
