package cn.gov.talent.program;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The office's form for what the rules fix on every batch of a program: the shortest public notice (for
 * the program, and for each category where its rule differs: 002 art. 23, 004 §二(三)5) and the most
 * people selected in a year (004 §二(一)), each with the rule it comes from. Empty means no limit.
 */
class ProgramLimitsForm {

    @Min(value = 1, message = "{batch.noticeWorkingDays.range}")
    @Max(value = 30, message = "{batch.noticeWorkingDays.range}")
    private Integer minNoticeWorkingDays;

    @Size(max = 200, message = "{program.limits.basis.tooLong}")
    private String minNoticeBasis;

    @Min(value = 1, message = "{program.limits.places.range}")
    @Max(value = 100000, message = "{program.limits.places.range}")
    private Integer maxPlacesPerYear;

    @Size(max = 200, message = "{program.limits.basis.tooLong}")
    private String maxPlacesBasis;

    @Valid
    private List<CategoryLimit> categories = new ArrayList<>();

    static ProgramLimitsForm of(Program program) {
        var form = new ProgramLimitsForm();
        form.minNoticeWorkingDays = program.getMinNoticeWorkingDays();
        form.minNoticeBasis = program.getMinNoticeBasis();
        form.maxPlacesPerYear = program.getMaxPlacesPerYear();
        form.maxPlacesBasis = program.getMaxPlacesBasis();
        for (ProgramCategory category : program.getCategories()) {
            var row = new CategoryLimit();
            row.setId(category.getId());
            row.setMinNoticeWorkingDays(category.getMinNoticeWorkingDays());
            row.setMinNoticeBasis(category.getMinNoticeBasis());
            form.categories.add(row);
        }
        return form;
    }

    /** One category's notice minimum. */
    public static class CategoryLimit {

        private Long id;

        @Min(value = 1, message = "{batch.noticeWorkingDays.range}")
        @Max(value = 30, message = "{batch.noticeWorkingDays.range}")
        private Integer minNoticeWorkingDays;

        @Size(max = 200, message = "{program.limits.basis.tooLong}")
        private String minNoticeBasis;

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public Integer getMinNoticeWorkingDays() {
            return minNoticeWorkingDays;
        }

        public void setMinNoticeWorkingDays(Integer minNoticeWorkingDays) {
            this.minNoticeWorkingDays = minNoticeWorkingDays;
        }

        public String getMinNoticeBasis() {
            return minNoticeBasis;
        }

        public void setMinNoticeBasis(String minNoticeBasis) {
            this.minNoticeBasis = minNoticeBasis;
        }
    }

    public Integer getMinNoticeWorkingDays() {
        return minNoticeWorkingDays;
    }

    public void setMinNoticeWorkingDays(Integer minNoticeWorkingDays) {
        this.minNoticeWorkingDays = minNoticeWorkingDays;
    }

    public String getMinNoticeBasis() {
        return minNoticeBasis;
    }

    public void setMinNoticeBasis(String minNoticeBasis) {
        this.minNoticeBasis = minNoticeBasis;
    }

    public Integer getMaxPlacesPerYear() {
        return maxPlacesPerYear;
    }

    public void setMaxPlacesPerYear(Integer maxPlacesPerYear) {
        this.maxPlacesPerYear = maxPlacesPerYear;
    }

    public String getMaxPlacesBasis() {
        return maxPlacesBasis;
    }

    public void setMaxPlacesBasis(String maxPlacesBasis) {
        this.maxPlacesBasis = maxPlacesBasis;
    }

    public List<CategoryLimit> getCategories() {
        return categories;
    }

    public void setCategories(List<CategoryLimit> categories) {
        this.categories = categories;
    }
}
