package cn.gov.talent.mobility;

/** The transfer list's filters: a state, one person's record, or only what waits for the reader. */
public class TransferFilter {

    private TransferStatus status;

    private Long recordId;

    private boolean waiting;

    public TransferStatus getStatus() {
        return status;
    }

    public void setStatus(TransferStatus status) {
        this.status = status;
    }

    public Long getRecordId() {
        return recordId;
    }

    public void setRecordId(Long recordId) {
        this.recordId = recordId;
    }

    public boolean isWaiting() {
        return waiting;
    }

    public void setWaiting(boolean waiting) {
        this.waiting = waiting;
    }
}
