package cn.gov.bizenv.portal.web.mailbox;

import cn.gov.bizenv.casetracking.application.directory.CategoryNode;
import cn.gov.bizenv.casetracking.application.mailbox.PublicMailbox;
import cn.gov.bizenv.casetracking.application.mailbox.PublishedLetterView;
import cn.gov.bizenv.casetracking.domain.model.mailbox.PublishedLetterCriteria;
import cn.gov.bizenv.portal.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The public list of published letters and replies, read one page at a time from the database;
 * filtered by words, a top-level category and the month received.
 */
@Named
@ViewScoped
public class ReadPublishedLetters implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient PublicMailbox mailbox;

  private PagedModel<PublishedLetterView> model;
  private String text;
  private String categoryCode;
  private LocalDate month;
  private transient List<CategoryNode> topCategories;

  @PostConstruct
  void init() {
    model = new PagedModel<>(page -> mailbox.published(criteria(), page), PublishedLetterView::id);
  }

  PublishedLetterCriteria criteria() {
    return new PublishedLetterCriteria(
        text, categoryCode, month == null ? null : YearMonth.from(month));
  }

  public void clear() {
    text = null;
    categoryCode = null;
    month = null;
  }

  public List<CategoryNode> getTopCategories() {
    if (topCategories == null) {
      topCategories = mailbox.categories();
    }
    return topCategories;
  }

  public PagedModel<PublishedLetterView> getModel() {
    return model;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public void setCategoryCode(String categoryCode) {
    this.categoryCode = categoryCode;
  }

  /** Any day of the chosen month (the picker shows months only). */
  public LocalDate getMonth() {
    return month;
  }

  public void setMonth(LocalDate month) {
    this.month = month;
  }
}
