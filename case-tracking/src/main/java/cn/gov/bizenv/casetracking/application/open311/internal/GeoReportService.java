package cn.gov.bizenv.casetracking.application.open311.internal;

import cn.gov.bizenv.casetracking.application.cases.NewCase;
import cn.gov.bizenv.casetracking.application.cases.internal.CaseRecorder;
import cn.gov.bizenv.casetracking.application.mailbox.PublicMailbox;
import cn.gov.bizenv.casetracking.application.open311.GeoReport;
import cn.gov.bizenv.casetracking.application.open311.Open311Definition;
import cn.gov.bizenv.casetracking.application.open311.Open311RequestView;
import cn.gov.bizenv.casetracking.application.open311.Open311ServiceView;
import cn.gov.bizenv.casetracking.application.open311.Open311Submission;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseActor;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.category.Category;
import cn.gov.bizenv.casetracking.domain.model.category.CategoryRepository;
import cn.gov.bizenv.casetracking.domain.model.mailbox.PersonalDataMask;
import cn.gov.bizenv.casetracking.domain.model.open311.ApiKey;
import cn.gov.bizenv.casetracking.domain.model.open311.Open311Criteria;
import cn.gov.bizenv.casetracking.domain.model.open311.Open311Repository;
import cn.gov.bizenv.casetracking.domain.model.open311.Open311Request;
import cn.gov.bizenv.casetracking.domain.model.open311.Open311Status;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitCriteria;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitRepository;
import cn.gov.bizenv.casetracking.domain.shared.InvalidApiKeyException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * GeoReport v2 over case tracking. Requests become NETIZEN_MESSAGE cases through {@link
 * CaseRecorder}; the district attribute names the concerned county, and without it the leading
 * group office is named, whose triage routes the case. What the API shows is masked.
 */
@Stateless
@PermitAll
public class GeoReportService implements GeoReport {
  private static final int TITLE_LENGTH = 40;

  @Inject CaseRecorder recorder;
  @Inject CategoryRepository categories;
  @Inject UnitRepository units;
  @Inject Open311Repository open311;
  @Inject InputValidation validation;
  @Inject PublicMailbox mailbox;

  @Override
  public List<Open311ServiceView> services() {
    List<Category> active = categories.allActive();
    return active.stream().filter(Category::isClassifiable).map(GeoReportService::service).toList();
  }

  @Override
  public Open311Definition definition(String serviceCode) {
    service(serviceCode);
    return new Open311Definition(serviceCode, mailbox.districts());
  }

  @Override
  public Open311RequestView submit(String apiKey, Open311Submission submission) {
    ApiKey key =
        (apiKey == null || apiKey.isBlank()
                ? java.util.Optional.<ApiKey>empty()
                : open311.findKeyByHash(ApiKey.hash(apiKey.strip())))
            .filter(ApiKey::isActive)
            .orElseThrow(InvalidApiKeyException::new);
    validation.check(submission);
    if (blank(submission.addressString())
        && (submission.lat() == null || submission.lng() == null)) {
      throw InputValidation.invalid("lat", "open311.location.required");
    }
    Category category =
        categories
            .findByCode(submission.serviceCode().strip())
            .filter(Category::isVisible)
            .filter(Category::isClassifiable)
            .orElseThrow(
                () -> InputValidation.invalid("service_code", "open311.service_code.unknown"));
    long unitId = concernedUnit(submission.districtId());
    CaseFile caseFile =
        recorder.record(
            new NewCase(
                Channel.NETIZEN_MESSAGE,
                title(submission.description(), category.getName()),
                content(submission),
                unitId,
                category.getId()),
            CaseActor.OPEN311_PREFIX + key.getId());
    Open311Request request =
        new Open311Request(
            caseFile,
            key.getId(),
            category.getCode(),
            blank(submission.addressString()) ? null : submission.addressString().strip(),
            submission.lat(),
            submission.lng(),
            submission.email(),
            submission.name(),
            submission.phone(),
            submission.mediaUrl());
    open311.addRequest(request);
    return view(request, category.getName());
  }

  @Override
  public List<Open311RequestView> requests(Open311Criteria criteria, int limit) {
    return open311.find(criteria, limit).stream().map(r -> view(r, null)).toList();
  }

  @Override
  public Open311RequestView request(String serviceRequestId) {
    return open311
        .find(new Open311Criteria(List.of(serviceRequestId), null, null, null, null), 1)
        .stream()
        .findFirst()
        .map(r -> view(r, null))
        .orElseThrow(() -> new NotFoundException("service_request_id", serviceRequestId));
  }

  private Category service(String code) {
    return categories
        .findByCode(code == null ? "" : code.strip())
        .filter(Category::isVisible)
        .filter(Category::isClassifiable)
        .orElseThrow(() -> new NotFoundException("service_code", code));
  }

  private static Open311ServiceView service(Category category) {
    Category top = category;
    StringBuilder path = new StringBuilder(category.getName());
    while (top.getParent() != null) {
      top = top.getParent();
      path.insert(0, top.getName() + " / ");
    }
    return new Open311ServiceView(
        category.getCode(), category.getName(), path.toString(), top.getName());
  }

  private long concernedUnit(Long districtId) {
    if (districtId != null) {
      return units
          .find(districtId)
          .filter(Unit::isActive)
          .filter(unit -> unit.getKind() == UnitKind.COUNTY_OR_DISTRICT)
          .orElseThrow(
              () -> InputValidation.invalid("attribute[district]", "letter.districtId.unknown"))
          .getId();
    }
    return units
        .find(new UnitCriteria(null, UnitKind.LEADING_GROUP_OFFICE, true), PageRequest.first(1))
        .stream()
        .findFirst()
        .orElseThrow(
            () -> InputValidation.invalid("attribute[district]", "letter.districtId.required"))
        .getId();
  }

  private static String title(String description, String serviceName) {
    String firstLine = description.strip().lines().findFirst().orElse("").strip();
    if (firstLine.isEmpty()) {
      return serviceName;
    }
    return firstLine.length() <= TITLE_LENGTH
        ? firstLine
        : firstLine.substring(0, TITLE_LENGTH) + "…";
  }

  private static String content(Open311Submission submission) {
    StringBuilder content = new StringBuilder(submission.description().strip());
    if (!blank(submission.addressString())) {
      content.append("\n\n").append(submission.addressString().strip());
    }
    if (submission.lat() != null && submission.lng() != null) {
      content
          .append("\n(")
          .append(submission.lat())
          .append(", ")
          .append(submission.lng())
          .append(')');
    }
    return content.toString();
  }

  private static Open311RequestView view(Open311Request request, String serviceName) {
    CaseFile caseFile = request.getCaseFile();
    Open311Status status = Open311Status.of(caseFile.getStatus(), caseFile.getOutcome());
    String notes =
        caseFile.getStatus() == CaseStatus.REJECTED
            ? caseFile.getRejectionReason()
            : "closed".equals(status.status()) ? caseFile.getReply().getText() : null;
    LocalDateTime updated =
        Stream.of(
                caseFile.getReceivedAt(),
                caseFile.getClock().getDispatchedAt(),
                caseFile.getReply().getRepliedAt(),
                caseFile.getClosedAt())
            .filter(Objects::nonNull)
            .max(LocalDateTime::compareTo)
            .orElse(caseFile.getReceivedAt());
    return new Open311RequestView(
        caseFile.getTrackingNumber(),
        status.status(),
        status.extendedStatus(),
        PersonalDataMask.text(notes),
        serviceName != null
            ? serviceName
            : caseFile.getCategory() == null ? null : caseFile.getCategory().getName(),
        request.getServiceCode(),
        PersonalDataMask.text(caseFile.getContent()),
        caseFile.getLeadUnit() == null ? null : caseFile.getLeadUnit().getName(),
        caseFile.getReceivedAt(),
        updated,
        status.status().equals("open") ? caseFile.getClock().getReplyDue() : null,
        request.getAddressString(),
        request.getLat(),
        request.getLng(),
        request.getMediaUrl());
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
