package cn.gov.talent.review;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.organization.Accounts;
import cn.gov.talent.organization.PasswordPolicy;
import cn.gov.talent.organization.UserForm;
import cn.gov.talent.program.Discipline;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;
import cn.gov.talent.spreadsheet.ImportResult;
import cn.gov.talent.spreadsheet.ImportRowError;
import cn.gov.talent.spreadsheet.TemplateWorkbooks;

/**
 * 专家批量导入: the program office fills in the Excel template offline and uploads it. Every row
 * becomes an expert of the pool with a sign-in account (role EXPERT) in the office's own unit and a
 * random initial password; if any row is wrong, nothing at all is created and every problem is
 * reported with its row number as Excel shows it.
 */
@Service
class ExpertImport {

    /**
     * Rows per file. Each account's bcrypt hash costs about 60 ms on the 2-core server, so 500 rows keep
     * one import (one transaction, one request) around half a minute.
     */
    public static final int MAX_ROWS = 500;

    /** Far more than 500 rows need; POI reads the whole workbook into memory. */
    public static final int MAX_FILE_MB = 5;

    static final int DEFAULT_MAX_LOAD = 20;
    static final int MAX_LOAD_LIMIT = 200;

    /** The template's columns, in order; the header texts are messages {@code expert.import.column.*}. */
    enum Column {
        NAME("name", 14), EMPLOYER("employer", 28), TITLE("title", 14), DISCIPLINES("disciplines", 26),
        PHONE("phone", 16), EMAIL("email", 26), MAX_LOAD("maxLoad", 12), USERNAME("username", 16);

        final String headerKey;
        final int width;

        Column(String key, int width) {
            this.headerKey = "expert.import.column." + key;
            this.width = width;
        }
    }

    // Lengths are those of the expert and app_user columns (V1, V5); the user name pattern is UserForm's.
    private static final int NAME_MAX = 50;
    private static final int EMPLOYER_MAX = 100;
    private static final int TITLE_MAX = 50;
    private static final int EMAIL_MAX = 100;
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9_.-]{3,29}");
    private static final Pattern CODE_SEPARATORS = Pattern.compile("[,，、;；\\s]+");

    private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final ExpertPool pool;
    private final ExpertRepository experts;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    ExpertImport(ExpertPool pool, ExpertRepository experts, Accounts accounts, AuditTrail audit,
            MessageSource messages, Clock clock) {
        this.clock = clock;
        this.pool = pool;
        this.experts = experts;
        this.accounts = accounts;
        this.audit = audit;
        this.messages = messages;
    }

    /** An expert created by the import, with the initial password to hand over (never stored in clear). */
    public record ImportedExpert(int row, long expertId, String fullName, String employerName, String username,
            String initialPassword) {

        @Override
        public String toString() {
            return "ImportedExpert[row=" + row + ", expertId=" + expertId + ", username=" + username + "]";
        }
    }

    /** Either errors (and nothing was created) or the experts created, in the order of the file. */
    public record Result(List<ImportRowError> errors, List<ImportedExpert> created) implements ImportResult {
    }

    /** The template: a header row and an example row, and a second sheet listing the discipline codes. */
    public void writeTemplate(Locale locale, OutputStream out) throws IOException {
        ExpertImportTemplate.write(pool.disciplines(), messages, locale, out);
    }

    /**
     * Reads the uploaded template and, if every row is valid, creates all its experts and their accounts
     * in this one transaction (each audited with the actor); otherwise creates nothing and returns the
     * errors. Throws a {@link Refusal} when the file itself cannot be used.
     */
    @Transactional
    public Result run(MultipartFile file, Actor actor) {
        List<SheetRow> rows = read(file);
        Map<String, Discipline> known = new HashMap<>();
        pool.disciplines().forEach(discipline -> known.put(discipline.getCode(), discipline));

        List<ImportRowError> errors = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Integer> firstRowOfUsername = new HashMap<>();
        for (SheetRow row : rows) {
            Candidate candidate = validate(row, known, errors);
            if (candidate.username != null) {
                Integer first = firstRowOfUsername.putIfAbsent(candidate.username, row.number);
                if (first != null) {
                    errors.add(new ImportRowError(row.number, "expert.import.row.username.duplicate", candidate.username,
                            String.valueOf(first)));
                }
            }
            candidates.add(candidate);
        }
        Set<String> taken = accounts.takenUsernames(firstRowOfUsername.keySet());
        for (Candidate candidate : candidates) {
            if (candidate.username != null && taken.contains(candidate.username)) {
                errors.add(new ImportRowError(candidate.row, "expert.import.row.username.taken", candidate.username));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(ImportRowError::row));
            return new Result(List.copyOf(errors), List.of());
        }

        List<ImportedExpert> created = new ArrayList<>();
        for (Candidate candidate : candidates) {
            created.add(create(candidate, actor));
        }
        return new Result(List.of(), List.copyOf(created));
    }

    private ImportedExpert create(Candidate candidate, Actor actor) {
        String password = PasswordPolicy.generate(candidate.username);
        var form = new UserForm();
        form.setUsername(candidate.username);
        form.setFullName(candidate.fullName);
        form.setPhone(candidate.phone);
        form.setEmail(candidate.email);
        form.setUnitId(actor.unitId());
        form.setRoles(EnumSet.of(Role.EXPERT));
        form.setPassword(password);
        long userId;
        try {
            userId = accounts.create(form, actor).getId();
        } catch (Refusal refusal) {
            // taken by someone else since the check above; the whole import rolls back
            throw new Refusal("expert.import.file.usernameTakenMeanwhile", String.valueOf(candidate.row),
                    candidate.username);
        }
        Expert expert = experts.save(new Expert(userId, candidate.fullName, candidate.employerName,
                candidate.title, candidate.disciplines, candidate.phone, candidate.email, candidate.maxLoad, clock.instant()));
        audit.record(new AuditEntry(actor, "EXPERT", expert.getId(), expert.getFullName(), "IMPORT_EXPERT", null,
                expert.getStatus().name(), null));
        return new ImportedExpert(candidate.row, expert.getId(), candidate.fullName, candidate.employerName,
                candidate.username, password);
    }

    /** A data row of the sheet: its number as Excel shows it and its cells as text, trimmed. */
    private record SheetRow(int number, String[] cells) {

        String get(Column column) {
            return cells[column.ordinal()];
        }

        boolean blank() {
            for (String cell : cells) {
                if (!cell.isEmpty()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A row's values as they will be stored; fields stay null where the row is wrong. */
    private static final class Candidate {
        int row;
        String fullName;
        String employerName;
        String title;
        Set<Discipline> disciplines = new LinkedHashSet<>();
        String phone;
        String email;
        int maxLoad = DEFAULT_MAX_LOAD;
        String username;
    }

    private List<SheetRow> read(MultipartFile file) {
        return TemplateWorkbooks.readRows(file, "expert.import", MAX_FILE_MB, MAX_ROWS,
                Arrays.stream(Column.values()).map(column -> column.headerKey).toList(), messages,
                (row, formatter) -> {
                    var cells = new String[Column.values().length];
                    for (Column column : Column.values()) {
                        cells[column.ordinal()] = TemplateWorkbooks.cell(row, column.ordinal(), formatter);
                    }
                    return new SheetRow(row.getRowNum() + 1, cells);
                }, row -> row.blank() || isExample(row));
    }

    /** The template's example row, left in place, is not an expert to create. */
    private boolean isExample(SheetRow row) {
        return ExpertImportTemplate.EXAMPLE_USERNAME.equalsIgnoreCase(row.get(Column.USERNAME))
                && ExpertImportTemplate.EXAMPLE_PHONE.equals(row.get(Column.PHONE))
                && LANGUAGES.stream().anyMatch(language -> row.get(Column.NAME)
                        .equals(messages.getMessage("expert.import.example.name", null, language)));
    }



    private static Candidate validate(SheetRow row, Map<String, Discipline> known, List<ImportRowError> errors) {
        var candidate = new Candidate();
        int n = row.number;
        candidate.row = n;

        String name = row.get(Column.NAME);
        if (name.isEmpty()) {
            errors.add(new ImportRowError(n, "expert.import.row.name.required"));
        } else if (name.length() > NAME_MAX) {
            errors.add(new ImportRowError(n, "expert.import.row.name.size", String.valueOf(NAME_MAX)));
        } else {
            candidate.fullName = name;
        }

        String employer = row.get(Column.EMPLOYER);
        if (employer.isEmpty()) {
            errors.add(new ImportRowError(n, "expert.import.row.employer.required"));
        } else if (employer.length() > EMPLOYER_MAX) {
            errors.add(new ImportRowError(n, "expert.import.row.employer.size", String.valueOf(EMPLOYER_MAX)));
        } else {
            candidate.employerName = employer;
        }

        String title = row.get(Column.TITLE);
        if (title.length() > TITLE_MAX) {
            errors.add(new ImportRowError(n, "expert.import.row.title.size", String.valueOf(TITLE_MAX)));
        } else if (!title.isEmpty()) {
            candidate.title = title;
        }

        List<String> codes = CODE_SEPARATORS.splitAsStream(row.get(Column.DISCIPLINES))
                .filter(code -> !code.isEmpty()).distinct().toList();
        if (codes.isEmpty()) {
            errors.add(new ImportRowError(n, "expert.import.row.disciplines.required"));
        } else {
            List<String> unknown = codes.stream().filter(code -> !known.containsKey(code)).toList();
            if (!unknown.isEmpty()) {
                errors.add(new ImportRowError(n, "expert.import.row.disciplines.unknown", String.join(", ", unknown)));
            } else {
                codes.forEach(code -> candidate.disciplines.add(known.get(code)));
            }
        }

        String phone = row.get(Column.PHONE);
        if (!phone.isEmpty() && !MOBILE.matcher(phone).matches()) {
            errors.add(new ImportRowError(n, "expert.import.row.phone.pattern", phone));
        } else if (!phone.isEmpty()) {
            candidate.phone = phone;
        }

        String email = row.get(Column.EMAIL);
        if (!email.isEmpty() && (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches())) {
            errors.add(new ImportRowError(n, "expert.import.row.email.pattern", email));
        } else if (!email.isEmpty()) {
            candidate.email = email;
        }

        String load = row.get(Column.MAX_LOAD);
        if (!load.isEmpty()) {
            Integer parsed = parseLoad(load);
            if (parsed == null) {
                errors.add(new ImportRowError(n, "expert.import.row.maxLoad.range", load, String.valueOf(MAX_LOAD_LIMIT),
                        String.valueOf(DEFAULT_MAX_LOAD)));
            } else {
                candidate.maxLoad = parsed;
            }
        }

        String username = row.get(Column.USERNAME).toLowerCase(Locale.ROOT);
        if (username.isEmpty()) {
            errors.add(new ImportRowError(n, "expert.import.row.username.required"));
        } else if (!USERNAME.matcher(username).matches()) {
            errors.add(new ImportRowError(n, "expert.import.row.username.pattern", row.get(Column.USERNAME)));
        } else {
            candidate.username = username;
        }
        return candidate;
    }

    /** A whole number from 1 to 200; "20.0" (a number cell formatted with decimals) counts as 20. */
    private static Integer parseLoad(String text) {
        try {
            var number = new BigDecimal(text);
            int value = number.intValueExact();
            return value >= 1 && value <= MAX_LOAD_LIMIT ? value : null;
        } catch (NumberFormatException | ArithmeticException notWhole) {
            return null;
        }
    }
}
