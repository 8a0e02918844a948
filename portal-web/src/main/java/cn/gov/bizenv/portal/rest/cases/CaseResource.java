package cn.gov.bizenv.portal.rest.cases;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.cases.CaseActionCommand;
import cn.gov.bizenv.casetracking.application.cases.CaseDetail;
import cn.gov.bizenv.casetracking.application.cases.CaseHandling;
import cn.gov.bizenv.casetracking.application.cases.CaseIntake;
import cn.gov.bizenv.casetracking.application.cases.CaseQueries;
import cn.gov.bizenv.casetracking.application.cases.CaseSlice;
import cn.gov.bizenv.casetracking.application.cases.CaseToDo;
import cn.gov.bizenv.casetracking.application.cases.NewCase;
import cn.gov.bizenv.casetracking.application.cases.SimilarCaseView;
import cn.gov.bizenv.casetracking.application.cases.SimilarCases;
import cn.gov.bizenv.casetracking.application.cases.SimilarityRequest;
import cn.gov.bizenv.casetracking.application.cases.TimelineEntry;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseAlert;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseCriteria;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.portal.rest.Created;
import cn.gov.bizenv.portal.rest.PageResponse;
import cn.gov.bizenv.portal.rest.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;

/**
 * Cases: triage officers record them; the office's roles and units read what they may see and take
 * the actions of the case's lifecycle on it.
 */
@Path("cases")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({TRIAGE_OFFICER, UNIT_HANDLER, SUPERVISOR, LEADER})
public class CaseResource {
  @Inject CaseIntake intake;
  @Inject CaseQueries cases;
  @Inject CaseHandling handling;
  @Inject SimilarCases similarCases;
  @Context UriInfo uri;

  /**
   * A page of cases. With {@code after} (a cursor, or empty for the first page) the page is a
   * keyset page, newest first, without a total: a {@link CaseSlice} whose {@code next} continues
   * it. Otherwise an offset page with the total number of matches.
   */
  @GET
  public Object list(
      @QueryParam("q") String text,
      @QueryParam("status") String status,
      @QueryParam("channel") String channel,
      @QueryParam("unitId") Long unitId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("category") String category,
      @QueryParam("batch") Long batch,
      @QueryParam("inbox") boolean inbox,
      @QueryParam("alert") String alert,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit,
      @QueryParam("sort") String sort,
      @QueryParam("order") String order,
      @QueryParam("after") String after) {
    if (after != null
        && ((offset != null && offset != 0) || sort != null || order != null || inbox)) {
      // A cursor fixes the order (newest first) and the position; the others would contradict it.
      throw InvalidInputException.of("after", "param.after");
    }
    // The triage inbox serves the longest-waiting case first unless the caller sorts otherwise.
    PageRequest page =
        QueryParameters.page(offset, limit, inbox && sort == null ? "receivedAt" : sort, order);
    CaseCriteria criteria =
        new CaseCriteria(
            text,
            QueryParameters.enumValue(CaseStatus.class, status, "status"),
            QueryParameters.enumValue(Channel.class, channel, "channel"),
            unitId,
            QueryParameters.date(from, "from"),
            QueryParameters.date(to, "to"),
            null);
    criteria =
        criteria
            .withCategory(QueryParameters.categoryCode(category, "category"))
            .withBatch(batch)
            .inTriageInbox(inbox)
            .withAlert(QueryParameters.enumValue(CaseAlert.class, alert, "alert"), null);
    if (after != null) {
      return cases.findAfter(criteria, after, page.limit());
    }
    return PageResponse.of(cases.find(criteria, page), page);
  }

  @POST
  @RolesAllowed(TRIAGE_OFFICER)
  public Response record(NewCase command) {
    CaseDetail recorded = intake.record(command);
    return Created.below(uri, recorded, recorded.id());
  }

  /** The caller's to-do counts; each is the total of the list with the matching filter. */
  @GET
  @Path("to-do")
  public CaseToDo toDo() {
    return cases.toDo();
  }

  @GET
  @Path("{id}")
  public CaseDetail get(@PathParam("id") long id) {
    return cases.get(id);
  }

  /** Possible duplicates of the case, on every channel, best first. */
  @GET
  @Path("{id}/similar")
  @RolesAllowed({TRIAGE_OFFICER, SUPERVISOR, LEADER})
  public List<SimilarCaseView> similar(@PathParam("id") long id) {
    return similarCases.similarTo(id);
  }

  /** Possible duplicates of a draft not yet recorded (the record form asks while it is filled). */
  @POST
  @Path("similar")
  @RolesAllowed({TRIAGE_OFFICER, SUPERVISOR, LEADER})
  public List<SimilarCaseView> similar(SimilarityRequest draft) {
    return similarCases.similarTo(draft);
  }

  @GET
  @Path("{id}/timeline")
  public List<TimelineEntry> timeline(@PathParam("id") long id) {
    return cases.get(id).timeline();
  }

  /** Takes one lifecycle action; the answer is the case as it now stands. */
  @POST
  @Path("{id}/actions")
  public CaseDetail act(@PathParam("id") long id, CaseActionCommand command) {
    return handling.perform(id, command);
  }

  /** The actions the caller may take on the case now. */
  @GET
  @Path("{id}/actions")
  public Set<CaseAction> allowedActions(@PathParam("id") long id) {
    return handling.allowedActions(id);
  }
}
