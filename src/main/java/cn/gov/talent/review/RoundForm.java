package cn.gov.talent.review;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;

/** What the office types to open a review round: mode, experts per application, deadline, top N or chosen serials. */
class RoundForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private ReviewMode mode;

    private Integer expertsPerApplication;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;

    private Integer topN;

    private String chosen;

    /** The serial numbers typed in {@code chosen}, separated by spaces, commas or semicolons. */
    List<String> chosenSerials() {
        return chosen == null || chosen.isBlank() ? List.of()
                : List.of(chosen.trim().toUpperCase(Locale.ROOT).split("[\\s,，、;；]+"));
    }

    public ReviewMode getMode() {
        return mode;
    }

    public void setMode(ReviewMode mode) {
        this.mode = mode;
    }

    public Integer getExpertsPerApplication() {
        return expertsPerApplication;
    }

    public void setExpertsPerApplication(Integer expertsPerApplication) {
        this.expertsPerApplication = expertsPerApplication;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public Integer getTopN() {
        return topN;
    }

    public void setTopN(Integer topN) {
        this.topN = topN;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }
}
