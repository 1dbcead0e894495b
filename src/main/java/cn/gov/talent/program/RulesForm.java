package cn.gov.talent.program;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

/** The office's editor for a category's eligibility rules, in order. */
class RulesForm {

    @Valid
    private List<RuleRow> rows = new ArrayList<>();

    public RulesForm withSpareRows() {
        rows.removeIf(RuleRow::isBlank);
        rows.add(new RuleRow());
        rows.add(new RuleRow());
        return this;
    }

    public List<RuleRow> getRows() {
        return rows;
    }

    public void setRows(List<RuleRow> rows) {
        this.rows = rows;
    }
}
