package cn.gov.bizenv.portal.rest.mailbox;

import cn.gov.bizenv.casetracking.application.attachments.NewAttachment;
import cn.gov.bizenv.casetracking.application.directory.CategoryNode;
import cn.gov.bizenv.casetracking.application.directory.DistrictChoice;
import cn.gov.bizenv.casetracking.application.mailbox.LetterRating;
import cn.gov.bizenv.casetracking.application.mailbox.LetterReceipt;
import cn.gov.bizenv.casetracking.application.mailbox.LetterStatus;
import cn.gov.bizenv.casetracking.application.mailbox.MonthlyStatistics;
import cn.gov.bizenv.casetracking.application.mailbox.NewLetter;
import cn.gov.bizenv.casetracking.application.mailbox.PublicMailbox;
import cn.gov.bizenv.casetracking.application.mailbox.PublishedLetterView;
import cn.gov.bizenv.casetracking.domain.model.casefile.Satisfaction;
import cn.gov.bizenv.casetracking.domain.model.mailbox.PublishedLetterCriteria;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.portal.rest.PageResponse;
import cn.gov.bizenv.portal.rest.QueryParameters;
import cn.gov.bizenv.portal.rest.attachments.AttachmentUpload;
import cn.gov.bizenv.portal.web.mailbox.FormChallenges;
import cn.gov.bizenv.portal.web.mailbox.MailboxGuard;
import cn.gov.bizenv.portal.web.security.ClientAddress;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * The mayor's mailbox for everyone, without signing in ({@code /api/public/*} is opened in
 * web.xml). Writing needs a one-time form token with its sum from {@code challenge}; tracking and
 * rating are POSTs so that query codes never appear in addresses or access logs.
 */
@Path("public/mailbox")
// Request-scoped, unlike most resources: it reads the servlet request (the writer's address).
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicMailboxResource {
  /** A letter with the form token, the answer to its sum and optionally files (Base64). */
  public record LetterSubmission(
      NewLetter letter,
      String formToken,
      Integer challengeAnswer,
      List<AttachmentUpload> attachments) {
    @JsonbCreator
    public LetterSubmission(
        @JsonbProperty("letter") NewLetter letter,
        @JsonbProperty("formToken") String formToken,
        @JsonbProperty("challengeAnswer") Integer challengeAnswer,
        @JsonbProperty("attachments") List<AttachmentUpload> attachments) {
      this.letter = letter;
      this.formToken = formToken;
      this.challengeAnswer = challengeAnswer;
      this.attachments = attachments == null ? List.of() : attachments;
    }
  }

  /** Tracking number and query code, and for a rating the rating. */
  public record LetterKey(
      String trackingNumber, String queryCode, Satisfaction satisfaction, String comment) {
    @JsonbCreator
    public LetterKey(
        @JsonbProperty("trackingNumber") String trackingNumber,
        @JsonbProperty("queryCode") String queryCode,
        @JsonbProperty("satisfaction") Satisfaction satisfaction,
        @JsonbProperty("comment") String comment) {
      this.trackingNumber = trackingNumber;
      this.queryCode = queryCode;
      this.satisfaction = satisfaction;
      this.comment = comment;
    }
  }

  /** The sum as words the page can show: "left + right = ?". */
  public record ChallengeView(String formToken, String question) {}

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Inject PublicMailbox mailbox;
  @Inject MailboxGuard guard;
  @Context HttpServletRequest request;

  @GET
  @Path("challenge")
  public ChallengeView challenge() {
    FormChallenges.Challenge challenge = guard.challenge();
    return new ChallengeView(
        challenge.formToken(), challenge.left() + " + " + challenge.right() + " = ?");
  }

  @GET
  @Path("districts")
  public List<DistrictChoice> districts() {
    return mailbox.districts();
  }

  @GET
  @Path("categories")
  public List<CategoryNode> categories() {
    return mailbox.categories();
  }

  /** The published letters; {@code month} as yyyy-MM, {@code category} a category code. */
  @GET
  @Path("published")
  public PageResponse<PublishedLetterView> published(
      @QueryParam("q") String text,
      @QueryParam("category") String category,
      @QueryParam("month") String month,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = QueryParameters.page(offset, limit, null, null);
    PublishedLetterCriteria criteria =
        new PublishedLetterCriteria(
            text,
            QueryParameters.categoryCode(category, "category"),
            QueryParameters.month(month, "month"));
    return PageResponse.of(mailbox.published(criteria, page), page);
  }

  @GET
  @Path("statistics")
  public MonthlyStatistics statistics(@QueryParam("month") String month) {
    YearMonth chosen = QueryParameters.month(month, "month");
    return mailbox.statistics(chosen == null ? YearMonth.now(BEIJING) : chosen);
  }

  @POST
  @Path("letters")
  public Response write(LetterSubmission submission) {
    LetterSubmission body =
        submission == null ? new LetterSubmission(null, null, null, null) : submission;
    List<NewAttachment> files =
        body.attachments().stream().map(AttachmentUpload::toNewAttachment).toList();
    LetterReceipt receipt =
        guard.write(
            ClientAddress.of(request),
            body.formToken(),
            body.challengeAnswer(),
            () -> mailbox.write(body.letter(), files));
    return Response.status(Response.Status.CREATED).entity(receipt).build();
  }

  @POST
  @Path("tracking")
  public LetterStatus track(LetterKey key) {
    LetterKey body = key == null ? new LetterKey(null, null, null, null) : key;
    return guard.lookUp(
        ClientAddress.of(request), () -> mailbox.track(body.trackingNumber(), body.queryCode()));
  }

  @POST
  @Path("rating")
  public LetterStatus rate(LetterKey key) {
    LetterKey body = key == null ? new LetterKey(null, null, null, null) : key;
    return guard.lookUp(
        ClientAddress.of(request),
        () ->
            mailbox.rate(
                body.trackingNumber(),
                body.queryCode(),
                new LetterRating(body.satisfaction(), body.comment())));
  }
}
