package cn.gov.talent.mobility;

import jakarta.validation.constraints.Size;

/** The person's request: the record, the receiving employer, the reason and, in the first term, why it is necessary. */
public class TransferForm {

    private Long recordId;

    private Long toUnitId;

    @Size(max = 1000, message = "{transfer.reason.size}")
    private String reason;

    @Size(max = 1000, message = "{transfer.necessity.size}")
    private String necessity;

    public Long getRecordId() {
        return recordId;
    }

    public void setRecordId(Long recordId) {
        this.recordId = recordId;
    }

    public Long getToUnitId() {
        return toUnitId;
    }

    public void setToUnitId(Long toUnitId) {
        this.toUnitId = toUnitId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNecessity() {
        return necessity;
    }

    public void setNecessity(String necessity) {
        this.necessity = necessity;
    }
}
