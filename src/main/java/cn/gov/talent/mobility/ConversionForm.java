package cn.gov.talent.mobility;

import jakarta.validation.constraints.Size;

/** The person's request to convert their project: the record, the category asked for and the reason. */
public class ConversionForm {

    private Long recordId;

    private Long toCategoryId;

    @Size(max = 1000, message = "{conversion.reason.size}")
    private String reason;

    public Long getRecordId() {
        return recordId;
    }

    public void setRecordId(Long recordId) {
        this.recordId = recordId;
    }

    public Long getToCategoryId() {
        return toCategoryId;
    }

    public void setToCategoryId(Long toCategoryId) {
        this.toCategoryId = toCategoryId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
