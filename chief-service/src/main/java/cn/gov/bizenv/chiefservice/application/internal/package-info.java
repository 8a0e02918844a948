/**
 * What chief service's use cases share and nothing outside chief service sees: who is asking, in
 * the scope chief service gives them, and the names of the ids it keeps.
 */
package cn.gov.bizenv.chiefservice.application.internal;
