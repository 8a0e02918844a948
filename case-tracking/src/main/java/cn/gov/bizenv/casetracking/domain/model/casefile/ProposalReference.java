package cn.gov.bizenv.casetracking.domain.model.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A deputy's suggestion's or CPPCC member's proposal's reference (人大代表建议 / 政协委员提案): who filed it,
 * its number and the session; empty for other channels. {@link IntakeDetails} checks it.
 */
@Embeddable
public class ProposalReference {
  /** No proposal. */
  static final ProposalReference NONE = new ProposalReference();

  @Column(name = "proposer_name", length = IntakeDetails.PROPOSER_MAX)
  private String proposerName;

  @Column(name = "proposal_number", length = IntakeDetails.NUMBER_MAX)
  private String number;

  @Column(name = "proposal_session", length = IntakeDetails.SESSION_MAX)
  private String session;

  protected ProposalReference() {}

  /** Blank parts stay empty. */
  static ProposalReference of(String proposerName, String number, String session) {
    ProposalReference reference = new ProposalReference();
    reference.proposerName = IntakeDetails.text(proposerName);
    reference.number = IntakeDetails.text(number);
    reference.session = IntakeDetails.text(session);
    return reference;
  }

  public String getProposerName() {
    return proposerName;
  }

  public String getNumber() {
    return number;
  }

  public String getSession() {
    return session;
  }
}
