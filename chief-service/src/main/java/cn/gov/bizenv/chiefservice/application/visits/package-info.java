/** Officers' visits to their firms and the problems raised on them, which become cases. */
package cn.gov.bizenv.chiefservice.application.visits;
