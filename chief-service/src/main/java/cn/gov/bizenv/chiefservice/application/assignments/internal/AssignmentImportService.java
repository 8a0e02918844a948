package cn.gov.bizenv.chiefservice.application.assignments.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.ADMINISTRATOR;

import cn.gov.bizenv.casetracking.application.directory.OfficerDirectory;
import cn.gov.bizenv.casetracking.application.directory.OfficerView;
import cn.gov.bizenv.casetracking.application.directory.UnitView;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import cn.gov.bizenv.casetracking.platform.imports.SpreadsheetRows;
import cn.gov.bizenv.casetracking.platform.imports.SpreadsheetRows.SheetRow;
import cn.gov.bizenv.chiefservice.application.assignments.AssignmentImport;
import cn.gov.bizenv.chiefservice.application.assignments.ImportAction;
import cn.gov.bizenv.chiefservice.application.assignments.ImportMode;
import cn.gov.bizenv.chiefservice.application.assignments.ImportOutcome;
import cn.gov.bizenv.chiefservice.application.assignments.ImportPreview;
import cn.gov.bizenv.chiefservice.application.assignments.ImportProblem;
import cn.gov.bizenv.chiefservice.application.assignments.ImportRow;
import cn.gov.bizenv.chiefservice.application.firms.FirmRegister;
import cn.gov.bizenv.chiefservice.application.internal.ScopedCallers;
import cn.gov.bizenv.chiefservice.domain.model.firm.Firm;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmRepository;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmSize;
import cn.gov.bizenv.chiefservice.domain.model.firm.Industry;
import cn.gov.bizenv.chiefservice.domain.model.firm.UnifiedSocialCreditCode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Bulk assignment from a spreadsheet, administrators only. Each row names a firm (registered if its
 * credit code is new), its industry, size and district, and the officer who is to serve it; an
 * optional seventh column gives the reason for handing a firm over from another officer. The
 * preview checks every row against the same rules as the forms and stores nothing; confirming
 * checks the workbook again, so that what is stored is what was previewed against current data.
 */
@Stateless
@RolesAllowed(ADMINISTRATOR)
public class AssignmentImportService implements AssignmentImport {
  static final int COLUMNS = 7;

  @Inject FirmRepository firms;
  @Inject FirmRegister register;
  @Inject OfficerDirectory officers;
  @Inject OfficerHandover assignments;
  @Inject PortalClock clock;
  @Inject ScopedCallers callers;

  @Override
  public ImportPreview preview(byte[] workbook) {
    return ImportPreview.of(
        check(SpreadsheetRows.read(workbook, COLUMNS, MAX_ROWS)).stream()
            .map(Checked::row)
            .toList());
  }

  @Override
  public ImportOutcome confirm(byte[] workbook, ImportMode mode) {
    List<Checked> rows = check(SpreadsheetRows.read(workbook, COLUMNS, MAX_ROWS));
    long invalid = rows.stream().filter(checked -> !checked.row().valid()).count();
    if (mode == ImportMode.ALL_ROWS && invalid > 0) {
      throw new RuleViolationException("import.invalidRows", invalid);
    }
    Map<ImportAction, Integer> done = new EnumMap<>(ImportAction.class);
    String by = callers.current().username();
    LocalDateTime now = clock.now();
    for (Checked checked : rows) {
      ImportRow row = checked.row();
      done.merge(row.action(), 1, Integer::sum);
      switch (row.action()) {
        case REGISTER -> {
          Firm firm =
              new Firm(
                  row.firmName(),
                  checked.code(),
                  checked.industry(),
                  checked.size(),
                  checked.districtId(),
                  now);
          firms.add(firm);
          assignments.handOver(firm, checked.officerId(), checked.reason(), by, now);
        }
        case ASSIGN, REASSIGN ->
            assignments.handOver(checked.firm(), checked.officerId(), checked.reason(), by, now);
        case UNCHANGED, SKIP -> {
          // nothing to store
        }
      }
    }
    firms.flush();
    return new ImportOutcome(
        done.getOrDefault(ImportAction.REGISTER, 0),
        done.getOrDefault(ImportAction.ASSIGN, 0),
        done.getOrDefault(ImportAction.REASSIGN, 0),
        done.getOrDefault(ImportAction.UNCHANGED, 0),
        done.getOrDefault(ImportAction.SKIP, 0));
  }

  /** A row as previewed, with what confirming needs to store it. */
  record Checked(
      ImportRow row,
      UnifiedSocialCreditCode code,
      String industry,
      FirmSize size,
      long districtId,
      long officerId,
      String reason,
      Firm firm) {}

  private List<Checked> check(List<SheetRow> sheet) {
    Lookup lookup = new Lookup();
    Map<String, Integer> firstRowOfCode = new HashMap<>();
    List<Checked> checked = new ArrayList<>();
    for (SheetRow sheetRow : sheet) {
      checked.add(check(sheetRow, lookup, firstRowOfCode));
    }
    return checked;
  }

  private Checked check(SheetRow sheetRow, Lookup lookup, Map<String, Integer> firstRowOfCode) {
    String name = sheetRow.cell(0);
    String enteredCode = sheetRow.cell(1);
    String industryText = sheetRow.cell(2);
    String sizeText = sheetRow.cell(3);
    String districtText = sheetRow.cell(4);
    String officerText = sheetRow.cell(5);
    String reason = sheetRow.cell(6);
    List<ImportProblem> problems = new ArrayList<>();

    if (name.isEmpty()) {
      problems.add(problem("firmName", "firm.name.required"));
    } else if (name.length() > Firm.NAME_MAX) {
      problems.add(problem("firmName", "import.firmName.size", Firm.NAME_MAX));
    }
    UnifiedSocialCreditCode code = null;
    Optional<ImportProblem> codeProblem =
        UnifiedSocialCreditCode.check(enteredCode)
            .map(
                defect -> new ImportProblem("creditCode", defect.messageKey(), defect.arguments()));
    if (codeProblem.isPresent()) {
      problems.add(codeProblem.get());
    } else {
      code = UnifiedSocialCreditCode.parse(enteredCode);
      Integer first = firstRowOfCode.putIfAbsent(code.value(), sheetRow.number());
      if (first != null) {
        problems.add(problem("creditCode", "import.creditCode.duplicate", first));
      }
    }
    Industry industry = lookup.industry(industryText);
    if (industry == null) {
      problems.add(problem("industry", "import.industry.unknown", industryText));
    }
    Optional<FirmSize> size = FirmSize.parse(sizeText);
    if (size.isEmpty()) {
      problems.add(problem("size", "import.size.unknown", sizeText));
    }
    UnitView district = lookup.districts.get(districtText);
    if (district == null) {
      problems.add(problem("district", "import.district.unknown", districtText));
    }
    OfficerView officer = lookup.officers.get(officerText);
    if (officer == null) {
      problems.add(problem("officer", "import.officer.unknown", officerText));
    }
    if (reason.length() > 500) {
      problems.add(problem("reason", "assignment.reason.size"));
    }

    Firm existing = code == null ? null : firms.findByCreditCode(code.value()).orElse(null);
    ImportAction action = ImportAction.SKIP;
    if (problems.isEmpty()) {
      if (existing == null) {
        action = ImportAction.REGISTER;
      } else if (existing.getOfficerId() == null) {
        action = ImportAction.ASSIGN;
      } else if (existing.getOfficerId() == officer.id()) {
        action = ImportAction.UNCHANGED;
      } else if (reason.isEmpty()) {
        problems.add(
            problem(
                "reason", "import.reason.required", lookup.officerName(existing.getOfficerId())));
      } else {
        action = ImportAction.REASSIGN;
      }
    }
    ImportRow row =
        new ImportRow(
            sheetRow.number(),
            name,
            enteredCode,
            industryText,
            sizeText,
            districtText,
            officerText,
            action,
            problems);
    return new Checked(
        row,
        code,
        industry == null ? null : industry.getCode(),
        size.orElse(null),
        district == null ? 0 : district.id(),
        officer == null ? 0 : officer.id(),
        reason,
        existing);
  }

  private static ImportProblem problem(String column, String key, Object... arguments) {
    return new ImportProblem(column, key, List.of(arguments));
  }

  /** The reference data a workbook is checked against, read once per workbook. */
  private final class Lookup {
    final Map<String, Industry> industries = new HashMap<>();
    final Map<String, UnitView> districts =
        register.districts().stream()
            .collect(Collectors.toMap(UnitView::name, Function.identity()));
    final Map<String, OfficerView> officers =
        AssignmentImportService.this.officers.officers().stream()
            .filter(OfficerView::active)
            .collect(Collectors.toMap(OfficerView::username, Function.identity()));

    Lookup() {
      for (Industry industry : firms.industries()) {
        industries.put(industry.getCode().toUpperCase(Locale.ROOT), industry);
        industries.put(industry.getName(), industry);
      }
    }

    /** By code (A–T) or by name as the classification writes it. */
    Industry industry(String text) {
      return industries.get(text.strip().toUpperCase(Locale.ROOT));
    }

    String officerName(long id) {
      return officers.values().stream()
          .filter(officer -> officer.id() == id)
          .map(OfficerView::displayName)
          .findFirst()
          .orElse(Long.toString(id));
    }
  }
}
