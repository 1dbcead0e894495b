package cn.gov.talent.tracking;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.gov.talent.application.Application;
import cn.gov.talent.application.Applications;
import cn.gov.talent.organization.Organization;
import cn.gov.talent.organization.Province;
import cn.gov.talent.program.Discipline;
import cn.gov.talent.program.Program;
import cn.gov.talent.program.ProgramCategory;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.IdNumberCipher;
import cn.gov.talent.shared.Labelled;
import cn.gov.talent.shared.Paging;
import cn.gov.talent.spreadsheet.Sheets;

/**
 * The 人选信息库 as an Excel workbook: the records the reader may see, with the page's filters and order,
 * read {@value #CHUNK} at a time ({@link Paging#forEachChunk}) and streamed into a printable sheet
 * ({@link Sheets}), so memory stays flat whatever the count. The ID number is masked for every reader
 * (3601**********1234), read per chunk from the applications in one query; the sheet reports its row count
 * to the download audit.
 */
@Component
class TalentDatabaseExport {

    static final int CHUNK = 500;

    static final String[] COLUMNS = {"talent.field.name", "talent.field.idNumberMasked", "talent.field.gender",
            "talent.field.birthDate", "talent.field.ageBand", "certificate.number", "talent.field.program",
            "talent.field.category", "talent.field.year", "talent.field.discipline", "talent.field.disciplineGroup",
            "talent.field.title", "talent.field.employer", "talent.field.recommender", "talent.field.province",
            "talent.field.region", "talent.field.status", "talent.field.lastGrade", "talent.field.lastGradeYear",
            "talent.field.cycleStart", "talent.field.cycleEnd"};

    private final TalentRecords records;
    private final Applications applications;
    private final Programs programs;
    private final Organization organization;
    private final IdNumberCipher idNumbers;
    private final MessageSource messages;

    TalentDatabaseExport(TalentRecords records, Applications applications, Programs programs,
            Organization organization, IdNumberCipher idNumbers, MessageSource messages) {
        this.records = records;
        this.applications = applications;
        this.programs = programs;
        this.organization = organization;
        this.idNumbers = idNumbers;
        this.messages = messages;
    }

    void write(DataScope scope, TalentFilter filter, Locale locale, OutputStream out) throws IOException {
        Map<Long, String> programNames = new HashMap<>();
        Map<Long, String> categoryNames = new HashMap<>();
        for (Program program : programs.programsWithCategories()) {
            programNames.put(program.getId(), program.getName());
            for (ProgramCategory category : program.getCategories()) {
                categoryNames.put(category.getId(), category.getName());
            }
        }
        Map<String, String> disciplines = new HashMap<>();
        programs.disciplines().forEach(discipline -> disciplines.put(discipline.getCode(),
                discipline.label(messages, locale)));
        Map<String, String> provinces = new HashMap<>();
        organization.provinces().forEach(province -> provinces.put(province.code(), province.name()));
        LocalDate on = filter.getAgeOn() == null ? records.today() : filter.getAgeOn();
        String title = text(locale, "talent.database.sheetTitle", on);
        try (var sheets = new Sheets(title, COLUMNS, messages, locale)) {
            Paging.forEachChunk(pageable -> records.search(scope, filter, pageable), CHUNK, filter.sort(),
                    (List<TalentRecord> chunk) -> {
                        Map<Long, String> masked = masked(chunk);
                        for (TalentRecord record : chunk) {
                            sheets.row(record.getPersonName(), masked.getOrDefault(record.getApplicationId(), ""),
                                    label(locale, record.getGender()), record.getBirthDate(),
                                    label(locale, record.ageBand(on)), record.getCertificateNo(),
                                    programNames.getOrDefault(record.getProgramId(), ""),
                                    categoryNames.getOrDefault(record.getCategoryId(), ""), record.getYear(),
                                    record.getDisciplineCode() == null ? ""
                                            : disciplines.getOrDefault(record.getDisciplineCode(),
                                                    record.getDisciplineCode()),
                                    record.getDisciplineGroup() == null ? ""
                                            : Discipline.groupLabel(record.getDisciplineGroup(), messages, locale),
                                    record.getTitleLevel() == null ? ""
                                            : text(locale, "title." + record.getTitleLevel().name()),
                                    record.getEmployerName(), record.getRecommenderName(),
                                    record.getProvinceCode() == null ? ""
                                            : provinces.getOrDefault(record.getProvinceCode(), record.getProvinceCode()),
                                    label(locale, record.getRegion()), label(locale, record.getStatus()),
                                    label(locale, record.getLastGrade()), record.getLastGradeYear(),
                                    record.getCycleStart(), record.getCycleEnd());
                        }
                    });
            sheets.write(out);
        }
    }

    /** The masked ID numbers of a chunk's people, by application id, from their applications in one query. */
    private Map<Long, String> masked(List<TalentRecord> chunk) {
        Map<Long, String> masked = new HashMap<>();
        for (Application application : applications.findAll(chunk.stream().map(TalentRecord::getApplicationId)
                .toList())) {
            String sealed = application.getApplicantIdNumberCipher();
            masked.put(application.getId(), sealed == null ? "" : idNumbers.masked(sealed));
        }
        return masked;
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, locale);
    }

    private String label(Locale locale, Labelled labelled) {
        return labelled == null ? "" : messages.getMessage(labelled.messageKey(), null, locale);
    }
}
