package cn.gov.bizenv.portal.rest.open311;

import cn.gov.bizenv.casetracking.application.directory.DistrictChoice;
import cn.gov.bizenv.casetracking.application.open311.GeoReport;
import cn.gov.bizenv.casetracking.application.open311.Open311Definition;
import cn.gov.bizenv.casetracking.application.open311.Open311RequestView;
import cn.gov.bizenv.casetracking.application.open311.Open311ServiceView;
import cn.gov.bizenv.casetracking.application.open311.Open311Submission;
import cn.gov.bizenv.casetracking.domain.model.open311.Open311Criteria;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.casetracking.domain.shared.InvalidApiKeyException;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.portal.rest.errors.ApiErrors;
import cn.gov.bizenv.portal.rest.open311.GeoReportDocument.Repeated;
import cn.gov.bizenv.portal.web.shell.Texts;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Open311 GeoReport v2 ({@code /api/open311/v2}), open to everyone; filing a request needs an API
 * key. Every method answers JSON or XML: the {@code .json} / {@code .xml} suffix decides, else the
 * {@code format} parameter, else JSON. Errors are GeoReport's list of {@code code} and {@code
 * description}: 400 invalid input or a bad date, 403 a missing, unknown or revoked key, 404 an
 * unknown service or request, 413 a request body over 16 KB.
 */
@Path("open311/v2")
// Request-scoped, unlike most resources, because it binds a request parameter to a field.
@RequestScoped
@PermitAll
public class GeoReportResource {
  static final int MAX_BODY_BYTES = 16 * 1024;
  private static final long MAX_DRAINED_BYTES = 4L * 1024 * 1024;
  static final int MAX_REQUESTS = 200;
  private static final String EXT = "{ext: (\\.(json|xml))?}";
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final ZoneOffset BEIJING_OFFSET = ZoneOffset.ofHours(8);

  @Inject GeoReport geoReport;
  @Context HttpServletRequest request;
  @Context HttpHeaders headers;

  @QueryParam("format")
  String formatParameter;

  @GET
  @Path("discovery" + EXT)
  public Response discovery(@PathParam("ext") String ext) {
    return answer(
        ext,
        () -> {
          String base =
              request.getRequestURL().toString().replaceAll("/discovery(\\.(json|xml))?$", "/");
          Map<String, Object> endpoint = new LinkedHashMap<>();
          endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
          endpoint.put("url", base);
          endpoint.put("changeset", "2026-11-29T00:00:00+08:00");
          endpoint.put("type", "production");
          endpoint.put("formats", new Repeated("format", List.of("application/json", "text/xml")));
          Map<String, Object> discovery = new LinkedHashMap<>();
          discovery.put("changeset", "2026-11-29T00:00:00+08:00");
          discovery.put("contact", "营商环境领导小组办公室");
          discovery.put("key_service", "API keys are issued by the portal's administrators.");
          discovery.put("endpoints", new Repeated("endpoint", List.of(endpoint)));
          return new GeoReportDocument("discovery", discovery);
        });
  }

  @GET
  @Path("services" + EXT)
  public Response services(@PathParam("ext") String ext) {
    return answer(
        ext,
        () -> {
          List<Object> services = new ArrayList<>();
          for (Open311ServiceView service : geoReport.services()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("service_code", service.serviceCode());
            item.put("service_name", service.serviceName());
            item.put("description", service.description());
            item.put("metadata", true);
            item.put("type", "realtime");
            item.put("keywords", service.group());
            item.put("group", service.group());
            services.add(item);
          }
          return new GeoReportDocument("services", new Repeated("service", services));
        });
  }

  @GET
  @Path("services/{code: [0-9]+(\\.[0-9]+)*}" + EXT)
  public Response definition(@PathParam("code") String code, @PathParam("ext") String ext) {
    return answer(
        ext,
        () -> {
          Open311Definition definition = geoReport.definition(code);
          List<Object> values = new ArrayList<>();
          for (DistrictChoice district : definition.districts()) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("key", Long.toString(district.id()));
            value.put("name", district.name());
            values.add(value);
          }
          Map<String, Object> attribute = new LinkedHashMap<>();
          attribute.put("variable", true);
          attribute.put("code", "district");
          attribute.put("datatype", "singlevaluelist");
          attribute.put("required", false);
          attribute.put("datatype_description", "县区 (county or district); omitted: the city");
          attribute.put("order", 1);
          attribute.put("description", "所在县区");
          attribute.put("values", new Repeated("value", values));
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("service_code", definition.serviceCode());
          body.put("attributes", new Repeated("attribute", List.of(attribute)));
          return new GeoReportDocument("service_definition", body);
        });
  }

  @POST
  @Path("requests" + EXT)
  public Response submit(@PathParam("ext") String ext, InputStream body) {
    return answer(
        ext,
        () -> {
          Map<String, String> form = form(body);
          Open311Submission submission =
              new Open311Submission(
                  form.get("service_code"),
                  form.get("description"),
                  form.get("address_string"),
                  decimal(form, "lat"),
                  decimal(form, "long"),
                  form.get("email"),
                  name(form.get("first_name"), form.get("last_name")),
                  form.get("phone"),
                  form.get("media_url"),
                  district(form.get("attribute[district]")));
          Open311RequestView filed = geoReport.submit(form.get("api_key"), submission);
          Map<String, Object> item = new LinkedHashMap<>();
          item.put("service_request_id", filed.serviceRequestId());
          item.put("service_notice", "已受理登记，请凭编号查询办理情况。");
          item.put("account_id", null);
          return new GeoReportDocument("service_requests", new Repeated("request", List.of(item)));
        });
  }

  @GET
  @Path("requests" + EXT)
  public Response requests(
      @PathParam("ext") String ext,
      @QueryParam("service_request_id") String ids,
      @QueryParam("service_code") String serviceCode,
      @QueryParam("start_date") String startDate,
      @QueryParam("end_date") String endDate,
      @QueryParam("status") String status) {
    return answer(
        ext,
        () -> {
          List<String> numbers =
              ids == null || ids.isBlank()
                  ? List.of()
                  : Arrays.stream(ids.split(","))
                      .map(String::strip)
                      .filter(s -> !s.isEmpty())
                      .toList();
          if (numbers.size() > MAX_REQUESTS) {
            throw InvalidInputException.of("service_request_id", "open311.ids.tooMany");
          }
          Open311Criteria criteria =
              new Open311Criteria(
                  numbers,
                  serviceCode == null || serviceCode.isBlank() ? null : serviceCode.strip(),
                  dateTime(startDate, "start_date"),
                  dateTime(endDate, "end_date"),
                  openFilter(status));
          return requestList(geoReport.requests(criteria, MAX_REQUESTS));
        });
  }

  @GET
  @Path("requests/{id: [0-9A-Za-z]+}" + EXT)
  public Response request(@PathParam("id") String id, @PathParam("ext") String ext) {
    return answer(ext, () -> requestList(List.of(geoReport.request(id))));
  }

  /** Our ids exist as soon as a request is filed, so a token is its request's id. */
  @GET
  @Path("tokens/{token: [0-9A-Za-z]+}" + EXT)
  public Response token(@PathParam("token") String token, @PathParam("ext") String ext) {
    return answer(
        ext,
        () -> {
          Open311RequestView found = geoReport.request(token);
          Map<String, Object> item = new LinkedHashMap<>();
          item.put("service_request_id", found.serviceRequestId());
          item.put("token", token);
          return new GeoReportDocument("service_requests", new Repeated("request", List.of(item)));
        });
  }

  private static GeoReportDocument requestList(List<Open311RequestView> found) {
    List<Object> items = new ArrayList<>();
    for (Open311RequestView view : found) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("service_request_id", view.serviceRequestId());
      item.put("status", view.status());
      item.put("status_notes", view.statusNotes());
      item.put("service_name", view.serviceName());
      item.put("service_code", view.serviceCode());
      item.put("description", view.description());
      item.put("agency_responsible", view.agencyResponsible());
      item.put("service_notice", null);
      item.put("requested_datetime", w3c(view.requestedAt()));
      item.put("updated_datetime", w3c(view.updatedAt()));
      item.put("expected_datetime", w3c(view.expectedAt()));
      item.put("address", view.address());
      item.put("address_id", null);
      item.put("zipcode", null);
      item.put("lat", view.lat());
      item.put("long", view.lng());
      item.put("media_url", view.mediaUrl());
      Map<String, Object> extended = new LinkedHashMap<>();
      extended.put("fms_status", view.extendedStatus());
      item.put("extended_attributes", extended);
      items.add(item);
    }
    return new GeoReportDocument("service_requests", new Repeated("request", items));
  }

  /** The GeoReport v2 names of the submission's fields, as a client posted them. */
  private static final Map<String, String> GEOREPORT_NAMES =
      Map.of(
          "serviceCode", "service_code",
          "addressString", "address_string",
          "lng", "long",
          "mediaUrl", "media_url",
          "districtId", "attribute[district]");

  private Response answer(String ext, Supplier<GeoReportDocument> work) {
    boolean xml = xml(ext);
    try {
      return render(Response.Status.OK.getStatusCode(), work.get(), xml);
    } catch (PayloadTooLarge tooLarge) {
      return error(413, Texts.lookup(locale(), "error.http.413"), xml);
    } catch (InvalidApiKeyException refused) {
      return error(403, Texts.format(locale(), refused.messageKey(), refused.arguments()), xml);
    } catch (NotFoundException missing) {
      return error(404, Texts.format(locale(), "open311.notFound", missing.arguments()), xml);
    } catch (InvalidInputException invalid) {
      List<String> messages =
          invalid.violations().stream()
              .map(
                  v ->
                      GEOREPORT_NAMES.getOrDefault(v.field(), v.field())
                          + ": "
                          + ApiErrors.fieldError(v, locale()).message())
              .toList();
      return error(400, String.join("; ", messages), xml);
    } catch (DomainException refused) {
      return error(400, Texts.format(locale(), refused.messageKey(), refused.arguments()), xml);
    }
  }

  private boolean xml(String ext) {
    if (ext != null && !ext.isEmpty()) {
      return ext.equals(".xml");
    }
    return "xml".equalsIgnoreCase(formatParameter);
  }

  private static Response render(int status, GeoReportDocument document, boolean xml) {
    return Response.status(status)
        .type(xml ? "text/xml;charset=UTF-8" : "application/json;charset=UTF-8")
        .entity(xml ? document.xml() : document.json())
        .build();
  }

  private static Response error(int code, String description, boolean xml) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", code);
    error.put("description", description);
    return render(
        code, new GeoReportDocument("errors", new Repeated("error", List.of(error))), xml);
  }

  private Locale locale() {
    return ApiErrors.locale(headers);
  }

  /** Thrown when a POST body exceeds {@link #MAX_BODY_BYTES}. */
  private static final class PayloadTooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /** Reads an application/x-www-form-urlencoded body, refusing it past the size limit. */
  static Map<String, String> form(InputStream body) {
    byte[] bytes;
    try {
      bytes = body == null ? new byte[0] : body.readNBytes(MAX_BODY_BYTES + 1);
    } catch (IOException unreadable) {
      throw InvalidInputException.of("", "input.missing");
    }
    if (bytes.length > MAX_BODY_BYTES) {
      drain(body);
      throw new PayloadTooLarge();
    }
    Map<String, String> form = new HashMap<>();
    String text = new String(bytes, StandardCharsets.UTF_8);
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      form.putIfAbsent(name, value.isBlank() ? null : value);
    }
    return form;
  }

  /**
   * Reads what is left of an oversized body (up to {@link #MAX_DRAINED_BYTES}) before answering
   * 413: a client that is still sending does not read the answer, and both sides would wait until a
   * time-out.
   */
  private static void drain(InputStream body) {
    try {
      long drained = 0;
      byte[] buffer = new byte[8192];
      for (int read; drained < MAX_DRAINED_BYTES && (read = body.read(buffer)) >= 0; ) {
        drained += read;
      }
    } catch (IOException gone) {
      // the client stopped sending: nothing left to drain
    }
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      throw InvalidInputException.of("", "input.missing");
    }
  }

  private static BigDecimal decimal(Map<String, String> form, String field) {
    String value = form.get(field);
    if (value == null) {
      return null;
    }
    try {
      return new BigDecimal(value.strip());
    } catch (NumberFormatException malformed) {
      throw InvalidInputException.of(field, "open311.coordinate.format");
    }
  }

  private static Long district(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException malformed) {
      throw InvalidInputException.of("attribute[district]", "letter.districtId.unknown");
    }
  }

  private static String name(String first, String last) {
    String joined =
        ((last == null ? "" : last.strip()) + (first == null ? "" : first.strip())).strip();
    return joined.isEmpty() ? null : joined;
  }

  /** A w3c date-time, with or without offset (without: Beijing time), or a date. */
  static LocalDateTime dateTime(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    try {
      return OffsetDateTime.parse(text).atZoneSameInstant(BEIJING).toLocalDateTime();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(text);
      } catch (DateTimeParseException notLocal) {
        try {
          return LocalDate.parse(text).atStartOfDay();
        } catch (DateTimeParseException notDate) {
          throw InvalidInputException.of(field, "open311.date.format");
        }
      }
    }
  }

  /** {@code open}, {@code closed}, both, or none: null means no filter. */
  static Boolean openFilter(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    boolean open = false;
    boolean closed = false;
    for (String part : status.split(",")) {
      switch (part.strip().toLowerCase(Locale.ROOT)) {
        case "open" -> open = true;
        case "closed" -> closed = true;
        default -> throw InvalidInputException.of("status", "open311.status.unknown");
      }
    }
    return open == closed ? null : open;
  }

  static String w3c(LocalDateTime time) {
    return time == null ? null : time.atOffset(BEIJING_OFFSET).toString();
  }
}
