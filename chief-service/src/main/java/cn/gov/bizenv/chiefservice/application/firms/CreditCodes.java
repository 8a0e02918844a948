package cn.gov.bizenv.chiefservice.application.firms;

/** Checks firms' unified social credit codes (GB 32100-2015) as people type them. */
public interface CreditCodes {
  CreditCodeCheck check(String entered);
}
