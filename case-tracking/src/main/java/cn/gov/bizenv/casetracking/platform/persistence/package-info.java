/**
 * Persistence shared by the modules: the database's features, whitelisted sort orders and the
 * folding of kept tallies.
 */
package cn.gov.bizenv.casetracking.platform.persistence;
