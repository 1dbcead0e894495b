package cn.gov.talent.calendar;

import org.springframework.web.multipart.MultipartFile;

/** The upload of a filled-in calendar template. */
public class CalendarImportForm {

    private MultipartFile file;

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }
}
