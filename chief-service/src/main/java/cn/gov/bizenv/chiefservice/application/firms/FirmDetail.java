package cn.gov.bizenv.chiefservice.application.firms;

import cn.gov.bizenv.chiefservice.domain.model.firm.FirmSize;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A firm or project with everything its page and the API show; {@code version} guards edits. */
public record FirmDetail(
    long id,
    String name,
    String creditCode,
    String industryCode,
    String industryName,
    FirmSize size,
    long districtId,
    String districtName,
    String address,
    String contactName,
    String contactPhone,
    boolean keyProject,
    List<String> tags,
    Long parentId,
    String parentName,
    int visitIntervalDays,
    Long officerId,
    String officerName,
    LocalDateTime officerSince,
    LocalDate lastVisitOn,
    LocalDate nextVisitDue,
    boolean overdue,
    long version) {}
