package cn.gov.bizenv.casetracking.application.reports;

import cn.gov.bizenv.casetracking.application.reports.BulletinDraft.NotableInput;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent;
import java.util.List;

/**
 * A bulletin with its content: live figures while it is open, the frozen snapshot once approved
 * ({@code frozen}). {@code notable} is the supervisor's choice as entered, for editing the draft.
 */
public record BulletinView(
    BulletinSummary summary,
    String foreword,
    String returnReason,
    List<NotableInput> notable,
    boolean frozen,
    BulletinContent content) {}
