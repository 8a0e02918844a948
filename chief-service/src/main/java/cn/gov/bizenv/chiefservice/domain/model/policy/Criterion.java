package cn.gov.bizenv.chiefservice.domain.model.policy;

/** The criteria of a {@link PolicyTarget}, in the order a match reports them. */
public enum Criterion {
  INDUSTRY,
  SIZE,
  DISTRICT,
  TAGS,
  KEY_PROJECT
}
