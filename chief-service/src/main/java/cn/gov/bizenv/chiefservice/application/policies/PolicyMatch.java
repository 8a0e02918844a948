package cn.gov.bizenv.chiefservice.application.policies;

import cn.gov.bizenv.chiefservice.domain.model.firm.FirmSize;
import java.util.List;

/** A firm a policy applies to, with each criterion's judgement: why the firm is reached. */
public record PolicyMatch(
    long firmId,
    String firmName,
    String industryName,
    FirmSize size,
    String districtName,
    boolean keyProject,
    String officerName,
    List<CriterionHit> criteria) {}
