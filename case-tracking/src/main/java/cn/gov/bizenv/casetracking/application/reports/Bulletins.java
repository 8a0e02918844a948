package cn.gov.bizenv.casetracking.application.reports;

import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinStatus;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;

/**
 * The supervision bulletin (督查通报): supervisors draft and submit, leaders approve or send back; both
 * read. Its headline figures come from {@link Reports#dashboard}, so they equal the dashboard's for
 * the same period and moment; approval freezes the content.
 */
public interface Bulletins {
  BulletinView draft(BulletinDraft draft);

  /** Changes a draft (also one sent back); {@code version} is the one the supervisor read. */
  BulletinView revise(long id, BulletinDraft draft, long version);

  BulletinView submit(long id, long version);

  BulletinView approve(long id, long version);

  BulletinView sendBack(long id, String reason, long version);

  BulletinView get(long id);

  /** Bulletins in one status (the archive: APPROVED), latest period first. */
  Page<BulletinSummary> list(BulletinStatus status, PageRequest page);
}
