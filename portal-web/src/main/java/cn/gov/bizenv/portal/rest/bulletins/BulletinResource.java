package cn.gov.bizenv.portal.rest.bulletins;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.LEADER;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.SUPERVISOR;

import cn.gov.bizenv.casetracking.application.reports.BulletinDraft;
import cn.gov.bizenv.casetracking.application.reports.BulletinSummary;
import cn.gov.bizenv.casetracking.application.reports.BulletinView;
import cn.gov.bizenv.casetracking.application.reports.Bulletins;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinStatus;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.portal.rest.Created;
import cn.gov.bizenv.portal.rest.PageResponse;
import cn.gov.bizenv.portal.rest.QueryParameters;
import cn.gov.bizenv.portal.web.reports.BulletinFont;
import cn.gov.bizenv.portal.web.reports.BulletinLetterhead;
import cn.gov.bizenv.portal.web.reports.BulletinPdf;
import cn.gov.bizenv.portal.web.reports.BulletinWorkbook;
import cn.gov.bizenv.portal.web.reports.ReportWorkbook;
import cn.gov.bizenv.portal.web.shell.LocaleSelection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Supervision bulletins: supervisors draft, revise and submit; leaders approve or send back; both
 * read a bulletin, the archive of approved ones and a bulletin's Excel and PDF files.
 */
@Path("bulletins")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({SUPERVISOR, LEADER})
public class BulletinResource {
  @Inject Bulletins bulletins;
  @Inject BulletinFont font;
  @Inject BulletinLetterhead letterhead;
  @Context UriInfo uri;

  @GET
  public PageResponse<BulletinSummary> list(
      @QueryParam("status") String status,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = QueryParameters.page(offset, limit, null, null);
    BulletinStatus wanted = QueryParameters.enumValue(BulletinStatus.class, status, "status");
    return PageResponse.of(bulletins.list(wanted, page), page);
  }

  @POST
  @RolesAllowed(SUPERVISOR)
  public Response draft(BulletinDraft draft) {
    BulletinView created = bulletins.draft(draft);
    return Created.below(uri, created, created.summary().id());
  }

  @GET
  @Path("{id}")
  public BulletinView get(@PathParam("id") long id) {
    return bulletins.get(id);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(SUPERVISOR)
  public BulletinView revise(
      @PathParam("id") long id, @QueryParam("version") long version, BulletinDraft draft) {
    return bulletins.revise(id, draft, version);
  }

  @POST
  @Path("{id}/submission")
  @RolesAllowed(SUPERVISOR)
  public BulletinView submit(@PathParam("id") long id, @QueryParam("version") long version) {
    return bulletins.submit(id, version);
  }

  @POST
  @Path("{id}/approval")
  @RolesAllowed(LEADER)
  public BulletinView approve(@PathParam("id") long id, @QueryParam("version") long version) {
    return bulletins.approve(id, version);
  }

  @POST
  @Path("{id}/return")
  @RolesAllowed(LEADER)
  public BulletinView sendBack(
      @PathParam("id") long id, @QueryParam("version") long version, SendBack body) {
    return bulletins.sendBack(id, body == null ? null : body.reason(), version);
  }

  @GET
  @Path("{id}/bulletin.xlsx")
  @Produces(ReportWorkbook.MEDIA_TYPE)
  public Response workbook(@PathParam("id") long id) {
    byte[] book = BulletinWorkbook.of(bulletins.get(id), LocaleSelection.DEFAULT);
    return file(book, ReportWorkbook.MEDIA_TYPE, "bulletin-" + id + ".xlsx");
  }

  @GET
  @Path("{id}/bulletin.pdf")
  @Produces(BulletinPdf.MEDIA_TYPE)
  public Response pdf(@PathParam("id") long id) {
    BulletinView bulletin = bulletins.get(id);
    byte[] pdf =
        BulletinPdf.render(
            bulletin, font.path(), font.face(), LocaleSelection.DEFAULT, letterhead.heading());
    return file(pdf, BulletinPdf.MEDIA_TYPE, "bulletin-" + id + ".pdf");
  }

  private static Response file(byte[] content, String type, String name) {
    return Response.ok(content, type)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }

  /** Why a leader sends a bulletin back. */
  public record SendBack(String reason) {
    @jakarta.json.bind.annotation.JsonbCreator
    public SendBack {}
  }
}
