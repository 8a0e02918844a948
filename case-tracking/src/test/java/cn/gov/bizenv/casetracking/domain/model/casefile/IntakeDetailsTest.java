package cn.gov.bizenv.casetracking.domain.model.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Suggestions and proposals carry their reference; writers' contact data is checked when given. */
class IntakeDetailsTest {
  @Test
  void aSuggestionNeedsItsDeputyNumberAndSession() {
    List<FieldViolation> problems =
        IntakeDetails.proposalProblems(Channel.DEPUTY_SUGGESTION, " ", null, "");
    assertEquals(
        List.of(
            "proposerName:case.proposer.required",
            "proposalNumber:case.proposalNumber.required",
            "proposalSession:case.proposalSession.required"),
        keys(problems));
  }

  @Test
  void aCompleteProposalReferencePasses() {
    assertTrue(
        IntakeDetails.proposalProblems(Channel.CPPCC_PROPOSAL, "李明", "0123", "十七届三次会议").isEmpty());
    assertTrue(
        IntakeDetails.proposalProblems(Channel.DEPUTY_SUGGESTION, "王红", "第2026-045号", "第十四届第二次会议")
            .isEmpty());
  }

  @Test
  void sessionsAndNumbersMustLookLikeTheCongressWritesThem() {
    assertEquals(
        List.of(
            "proposalNumber:case.proposalNumber.invalid",
            "proposalSession:case.proposalSession.invalid"),
        keys(IntakeDetails.proposalProblems(Channel.DEPUTY_SUGGESTION, "王红", "#12 !", "2026年会议")));
    assertEquals(
        List.of("proposerName:case.proposer.size"),
        keys(
            IntakeDetails.proposalProblems(
                Channel.DEPUTY_SUGGESTION, "名".repeat(51), "1", "十七届三次会议")));
  }

  @Test
  void otherChannelsTakeNoProposalReference() {
    assertTrue(IntakeDetails.proposalProblems(Channel.MAYOR_MAILBOX, null, " ", null).isEmpty());
    assertEquals(
        List.of("proposalNumber:case.proposal.notApplicable"),
        keys(IntakeDetails.proposalProblems(Channel.MAYOR_MAILBOX, null, "12", null)));
  }

  @Test
  void writersContactDataIsOptionalButMustBeValidWhenGiven() {
    assertTrue(IntakeDetails.writerProblems(null, "", null).isEmpty());
    assertTrue(IntakeDetails.writerProblems("张三", "13812345678", "11010519491231002X").isEmpty());
    assertTrue(IntakeDetails.writerProblems("张三", "0393-8888888", null).isEmpty());
    assertEquals(
        List.of(
            "writerPhone:case.writerPhone.invalid", "writerIdNumber:case.writerIdNumber.invalid"),
        keys(IntakeDetails.writerProblems("张三", "12345", "110105194912310021")));
    assertEquals(
        List.of("writerName:case.writerName.size"),
        keys(IntakeDetails.writerProblems("名".repeat(51), null, null)));
  }

  private static List<String> keys(List<FieldViolation> problems) {
    return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
  }
}
