package cn.gov.bizenv.portal.it.accessibility;

import java.util.List;
import java.util.Map;

/**
 * The pages each demo role reaches from its menu, and the public's. A page with links to follow is
 * reached from its list: the first link whose address contains the next part is opened, so that
 * detail pages are audited with real records behind them.
 */
final class RolePages {
  record Page(String path, List<String> follow) {
    static Page at(String path) {
      return new Page(path, List.of());
    }

    /** A page reached from {@code list} by following links, one address part after another. */
    static Page from(String list, String... follow) {
      return new Page(list, List.of(follow));
    }

    String name() {
      return follow.isEmpty() ? path : String.join(" > ", follow) + " (from " + path + ")";
    }
  }

  static final List<Page> PUBLIC =
      List.of(
          Page.at("public/write.xhtml"),
          Page.at("public/track.xhtml"),
          Page.at("public/letters.xhtml"),
          Page.at("public/statistics.xhtml"),
          Page.at("public/accessibility.xhtml"),
          Page.at("login.xhtml"));

  /** Demo account → the pages its menu offers (index.xhtml is each role's home). */
  static final Map<String, List<Page>> STAFF =
      Map.of(
          "triage",
          List.of(
              Page.at("index.xhtml"),
              Page.at("cases/record.xhtml"),
              Page.at("cases/list.xhtml?view=inbox"),
              Page.at("cases/list.xhtml"),
              Page.from("cases/list.xhtml", "cases/detail.xhtml"),
              Page.at("cases/import.xhtml"),
              Page.at("supervision/overdue.xhtml"),
              Page.at("reports/dashboard.xhtml"),
              Page.at("reports/ranking.xhtml"),
              Page.at("notifications.xhtml")),
          "supervisor",
          List.of(
              Page.at("index.xhtml"),
              Page.at("reports/bulletins.xhtml"),
              Page.from("reports/bulletins.xhtml", "reports/bulletin.xhtml"),
              Page.at("supervision/overdue.xhtml")),
          "leader",
          List.of(
              Page.at("index.xhtml"),
              Page.at("reports/dashboard.xhtml"),
              Page.from("reports/dashboard.xhtml", "reports/cases.xhtml"),
              Page.at("firms/coverage.xhtml"),
              Page.at("policies/list.xhtml"),
              Page.from("policies/list.xhtml", "policies/reach.xhtml"),
              Page.at("deliveries/list.xhtml")),
          "unit",
          List.of(
              Page.at("index.xhtml"),
              Page.at("cases/list.xhtml"),
              Page.from("cases/list.xhtml", "cases/detail.xhtml")),
          "officer",
          List.of(
              Page.at("officer/home.xhtml"),
              Page.at("firms/list.xhtml"),
              Page.from("firms/list.xhtml", "firms/detail.xhtml"),
              Page.from("officer/home.xhtml", "visits/edit.xhtml"),
              Page.from("firms/list.xhtml", "firms/detail.xhtml", "visits/detail.xhtml"),
              Page.from("policies/list.xhtml", "policies/detail.xhtml")),
          "admin",
          List.of(
              Page.at("index.xhtml"),
              Page.at("admin/units.xhtml"),
              Page.at("admin/categories.xhtml"),
              Page.at("admin/triage.xhtml"),
              Page.at("admin/calendar.xhtml"),
              Page.at("admin/time-limits.xhtml"),
              Page.at("admin/api-keys.xhtml"),
              Page.at("admin/audit.xhtml"),
              Page.at("firms/import.xhtml"),
              Page.at("firms/edit.xhtml"),
              Page.at("policies/edit.xhtml")));

  private RolePages() {}
}
