/**
 * The mayor's mailbox for the public: letters, their tracking and rating, the published letters and
 * the monthly statistics.
 */
package cn.gov.bizenv.casetracking.application.mailbox;
