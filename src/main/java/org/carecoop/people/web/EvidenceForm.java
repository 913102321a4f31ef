package org.carecoop.people.web;

/**
 * What a co-ordinator fills in to record vetting evidence: the fields of the item's kind, in the
 * order the page shows them, kept as typed so the form can be shown again as it was. {@link
 * VettingController} reads and checks it.
 */
public class EvidenceForm {

    private String certificateNumber = "";
    private String issuedDay = "";
    private String issuedMonth = "";
    private String issuedYear = "";
    private String updateService = "";
    private String refereeName = "";
    private String relationship = "";
    private String details = "";
    private String validDay = "";
    private String validMonth = "";
    private String validYear = "";
    private String checkedDay = "";
    private String checkedMonth = "";
    private String checkedYear = "";

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    public String getIssuedDay() {
        return issuedDay;
    }

    public void setIssuedDay(String issuedDay) {
        this.issuedDay = issuedDay;
    }

    public String getIssuedMonth() {
        return issuedMonth;
    }

    public void setIssuedMonth(String issuedMonth) {
        this.issuedMonth = issuedMonth;
    }

    public String getIssuedYear() {
        return issuedYear;
    }

    public void setIssuedYear(String issuedYear) {
        this.issuedYear = issuedYear;
    }

    public String getUpdateService() {
        return updateService;
    }

    public void setUpdateService(String updateService) {
        this.updateService = updateService;
    }

    public String getRefereeName() {
        return refereeName;
    }

    public void setRefereeName(String refereeName) {
        this.refereeName = refereeName;
    }

    public String getRelationship() {
        return relationship;
    }

    public void setRelationship(String relationship) {
        this.relationship = relationship;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public String getValidDay() {
        return validDay;
    }

    public void setValidDay(String validDay) {
        this.validDay = validDay;
    }

    public String getValidMonth() {
        return validMonth;
    }

    public void setValidMonth(String validMonth) {
        this.validMonth = validMonth;
    }

    public String getValidYear() {
        return validYear;
    }

    public void setValidYear(String validYear) {
        this.validYear = validYear;
    }

    public String getCheckedDay() {
        return checkedDay;
    }

    public void setCheckedDay(String checkedDay) {
        this.checkedDay = checkedDay;
    }

    public String getCheckedMonth() {
        return checkedMonth;
    }

    public void setCheckedMonth(String checkedMonth) {
        this.checkedMonth = checkedMonth;
    }

    public String getCheckedYear() {
        return checkedYear;
    }

    public void setCheckedYear(String checkedYear) {
        this.checkedYear = checkedYear;
    }
}
