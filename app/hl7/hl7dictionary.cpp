#include "hl7dictionary.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>
#include <span>
#include <string_view>

// The tables follow HL7 v2.5.1 (the attribute tables of chapters 2, 3, 4, 5, 6, 7 and 13 and the
// data types of chapter 2A): every field of each segment, in order, with its data type, and the
// components of the composite data types those fields use. The names are stored untranslated and
// marked for lupdate; QCoreApplication::translate() finds them under the "Hl7Dictionary" context.

namespace {

// One field of a segment, or one component of a data type. type is "" where v2.5.1 gives none
// (fields reserved, or kept only for backward compatibility), "varies" where another field of
// the message decides (OBX-5 by OBX-2).
struct Entry
{
    int number;
    const char *name;
    const char *type;
};

struct Segment
{
    std::string_view id;
    const char *name;
    std::span<const Entry> fields;
};

struct DataType
{
    std::string_view id;
    std::span<const Entry> components;
};

constexpr const char *ZSegmentName = QT_TRANSLATE_NOOP("Hl7Dictionary", "Z-segment (site-defined)");

// Segments ----------------------------------------------------------------------------------

constexpr Entry al1Fields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Set ID - AL1"), "SI"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Allergen Type Code"), "CE"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Allergen Code/Mnemonic/Description"), "CE"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Allergy Severity Code"), "CE"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Allergy Reaction Code"), "ST"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Identification Date"), "DT"},
};

constexpr Entry bhsFields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Batch Field Separator"), "ST"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Batch Encoding Characters"), "ST"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Batch Sending Application"), "HD"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Batch Sending Facility"), "HD"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Batch Receiving Application"), "HD"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Batch Receiving Facility"), "HD"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Batch Creation Date/Time"), "TS"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Batch Security"), "ST"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "Batch Name/ID/Type"), "ST"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "Batch Comment"), "ST"},
    {11, QT_TRANSLATE_NOOP("Hl7Dictionary", "Batch Control ID"), "ST"},
    {12, QT_TRANSLATE_NOOP("Hl7Dictionary", "Reference Batch Control ID"), "ST"},
};

constexpr Entry btsFields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Batch Message Count"), "ST"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Batch Comment"), "ST"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Batch Totals"), "NM"},
};

constexpr Entry dg1Fields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Set ID - DG1"), "SI"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Diagnosis Coding Method"), "ID"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Diagnosis Code - DG1"), "CE"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Diagnosis Description"), "ST"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Diagnosis Date/Time"), "TS"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Diagnosis Type"), "IS"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Major Diagnostic Category"), "CE"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Diagnostic Related Group"), "CE"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "DRG Approval Indicator"), "ID"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "DRG Grouper Review Code"), "IS"},
    {11, QT_TRANSLATE_NOOP("Hl7Dictionary", "Outlier Type"), "CE"},
    {12, QT_TRANSLATE_NOOP("Hl7Dictionary", "Outlier Days"), "NM"},
    {13, QT_TRANSLATE_NOOP("Hl7Dictionary", "Outlier Cost"), "CP"},
    {14, QT_TRANSLATE_NOOP("Hl7Dictionary", "Grouper Version and Type"), "ST"},
    {15, QT_TRANSLATE_NOOP("Hl7Dictionary", "Diagnosis Priority"), "ID"},
    {16, QT_TRANSLATE_NOOP("Hl7Dictionary", "Diagnosing Clinician"), "XCN"},
    {17, QT_TRANSLATE_NOOP("Hl7Dictionary", "Diagnosis Classification"), "IS"},
    {18, QT_TRANSLATE_NOOP("Hl7Dictionary", "Confidential Indicator"), "ID"},
    {19, QT_TRANSLATE_NOOP("Hl7Dictionary", "Attestation Date/Time"), "TS"},
    {20, QT_TRANSLATE_NOOP("Hl7Dictionary", "Diagnosis Identifier"), "EI"},
    {21, QT_TRANSLATE_NOOP("Hl7Dictionary", "Diagnosis Action Code"), "ID"},
};

constexpr Entry dscFields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Continuation Pointer"), "ST"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Continuation Style"), "ID"},
};

constexpr Entry ecdFields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Reference Command Number"), "NM"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Remote Control Command"), "CE"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Response Required"), "ID"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Requested Completion Time"), "TQ"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Parameters"), "TX"},
};

constexpr Entry ecrFields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Command Response"), "CE"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Date/Time Completed"), "TS"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Command Response Parameters"), "TX"},
};

constexpr Entry equFields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Equipment Instance Identifier"), "EI"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Event Date/Time"), "TS"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Equipment State"), "CE"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Local/Remote Control State"), "CE"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Alert Level"), "CE"},
};

constexpr Entry errFields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Error Code and Location"), "ELD"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Error Location"), "ERL"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "HL7 Error Code"), "CWE"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Severity"), "ID"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Application Error Code"), "CWE"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Application Error Parameter"), "ST"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Diagnostic Information"), "TX"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "User Message"), "TX"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "Inform Person Indicator"), "IS"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "Override Type"), "CWE"},
    {11, QT_TRANSLATE_NOOP("Hl7Dictionary", "Override Reason Code"), "CWE"},
    {12, QT_TRANSLATE_NOOP("Hl7Dictionary", "Help Desk Contact Point"), "XTN"},
};

constexpr Entry evnFields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Event Type Code"), "ID"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Recorded Date/Time"), "TS"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Date/Time Planned Event"), "TS"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Event Reason Code"), "IS"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Operator ID"), "XCN"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Event Occurred"), "TS"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Event Facility"), "HD"},
};

constexpr Entry fhsFields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "File Field Separator"), "ST"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "File Encoding Characters"), "ST"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "File Sending Application"), "HD"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "File Sending Facility"), "HD"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "File Receiving Application"), "HD"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "File Receiving Facility"), "HD"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "File Creation Date/Time"), "TS"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "File Security"), "ST"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "File Name/ID"), "ST"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "File Header Comment"), "ST"},
    {11, QT_TRANSLATE_NOOP("Hl7Dictionary", "File Control ID"), "ST"},
    {12, QT_TRANSLATE_NOOP("Hl7Dictionary", "Reference File Control ID"), "ST"},
};

constexpr Entry ftsFields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "File Batch Count"), "NM"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "File Trailer Comment"), "ST"},
};

constexpr Entry msaFields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Acknowledgment Code"), "ID"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Message Control ID"), "ST"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Text Message"), "ST"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Expected Sequence Number"), "NM"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Delayed Acknowledgment Type"), ""},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Error Condition"), "CE"},
};

constexpr Entry mshFields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Field Separator"), "ST"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Encoding Characters"), "ST"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Sending Application"), "HD"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Sending Facility"), "HD"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Receiving Application"), "HD"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Receiving Facility"), "HD"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Date/Time of Message"), "TS"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Security"), "ST"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "Message Type"), "MSG"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "Message Control ID"), "ST"},
    {11, QT_TRANSLATE_NOOP("Hl7Dictionary", "Processing ID"), "PT"},
    {12, QT_TRANSLATE_NOOP("Hl7Dictionary", "Version ID"), "VID"},
    {13, QT_TRANSLATE_NOOP("Hl7Dictionary", "Sequence Number"), "NM"},
    {14, QT_TRANSLATE_NOOP("Hl7Dictionary", "Continuation Pointer"), "ST"},
    {15, QT_TRANSLATE_NOOP("Hl7Dictionary", "Accept Acknowledgment Type"), "ID"},
    {16, QT_TRANSLATE_NOOP("Hl7Dictionary", "Application Acknowledgment Type"), "ID"},
    {17, QT_TRANSLATE_NOOP("Hl7Dictionary", "Country Code"), "ID"},
    {18, QT_TRANSLATE_NOOP("Hl7Dictionary", "Character Set"), "ID"},
    {19, QT_TRANSLATE_NOOP("Hl7Dictionary", "Principal Language of Message"), "CE"},
    {20, QT_TRANSLATE_NOOP("Hl7Dictionary", "Alternate Character Set Handling Scheme"), "ID"},
    {21, QT_TRANSLATE_NOOP("Hl7Dictionary", "Message Profile Identifier"), "EI"},
};

constexpr Entry nk1Fields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Set ID - NK1"), "SI"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Name"), "XPN"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Relationship"), "CE"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Address"), "XAD"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Phone Number"), "XTN"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Business Phone Number"), "XTN"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Contact Role"), "CE"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Start Date"), "DT"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "End Date"), "DT"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "Next of Kin / Associated Parties Job Title"), "ST"},
    {11, QT_TRANSLATE_NOOP("Hl7Dictionary", "Next of Kin / Associated Parties Job Code/Class"), "JCC"},
    {12, QT_TRANSLATE_NOOP("Hl7Dictionary", "Next of Kin / Associated Parties Employee Number"), "CX"},
    {13, QT_TRANSLATE_NOOP("Hl7Dictionary", "Organization Name - NK1"), "XON"},
    {14, QT_TRANSLATE_NOOP("Hl7Dictionary", "Marital Status"), "CE"},
    {15, QT_TRANSLATE_NOOP("Hl7Dictionary", "Administrative Sex"), "IS"},
    {16, QT_TRANSLATE_NOOP("Hl7Dictionary", "Date/Time of Birth"), "TS"},
    {17, QT_TRANSLATE_NOOP("Hl7Dictionary", "Living Dependency"), "IS"},
    {18, QT_TRANSLATE_NOOP("Hl7Dictionary", "Ambulatory Status"), "IS"},
    {19, QT_TRANSLATE_NOOP("Hl7Dictionary", "Citizenship"), "CE"},
    {20, QT_TRANSLATE_NOOP("Hl7Dictionary", "Primary Language"), "CE"},
    {21, QT_TRANSLATE_NOOP("Hl7Dictionary", "Living Arrangement"), "IS"},
    {22, QT_TRANSLATE_NOOP("Hl7Dictionary", "Publicity Code"), "CE"},
    {23, QT_TRANSLATE_NOOP("Hl7Dictionary", "Protection Indicator"), "ID"},
    {24, QT_TRANSLATE_NOOP("Hl7Dictionary", "Student Indicator"), "IS"},
    {25, QT_TRANSLATE_NOOP("Hl7Dictionary", "Religion"), "CE"},
    {26, QT_TRANSLATE_NOOP("Hl7Dictionary", "Mother's Maiden Name"), "XPN"},
    {27, QT_TRANSLATE_NOOP("Hl7Dictionary", "Nationality"), "CE"},
    {28, QT_TRANSLATE_NOOP("Hl7Dictionary", "Ethnic Group"), "CE"},
    {29, QT_TRANSLATE_NOOP("Hl7Dictionary", "Contact Reason"), "CE"},
    {30, QT_TRANSLATE_NOOP("Hl7Dictionary", "Contact Person's Name"), "XPN"},
    {31, QT_TRANSLATE_NOOP("Hl7Dictionary", "Contact Person's Telephone Number"), "XTN"},
    {32, QT_TRANSLATE_NOOP("Hl7Dictionary", "Contact Person's Address"), "XAD"},
    {33, QT_TRANSLATE_NOOP("Hl7Dictionary", "Next of Kin/Associated Party's Identifiers"), "CX"},
    {34, QT_TRANSLATE_NOOP("Hl7Dictionary", "Job Status"), "IS"},
    {35, QT_TRANSLATE_NOOP("Hl7Dictionary", "Race"), "CE"},
    {36, QT_TRANSLATE_NOOP("Hl7Dictionary", "Handicap"), "IS"},
    {37, QT_TRANSLATE_NOOP("Hl7Dictionary", "Contact Person Social Security Number"), "ST"},
    {38, QT_TRANSLATE_NOOP("Hl7Dictionary", "Next of Kin Birth Place"), "ST"},
    {39, QT_TRANSLATE_NOOP("Hl7Dictionary", "VIP Indicator"), "IS"},
};

constexpr Entry nteFields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Set ID - NTE"), "SI"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Source of Comment"), "ID"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Comment"), "FT"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Comment Type"), "CE"},
};

constexpr Entry obrFields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Set ID - OBR"), "SI"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Placer Order Number"), "EI"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Filler Order Number"), "EI"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Universal Service Identifier"), "CE"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Priority - OBR"), "ID"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Requested Date/Time"), "TS"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Observation Date/Time"), "TS"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Observation End Date/Time"), "TS"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "Collection Volume"), "CQ"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "Collector Identifier"), "XCN"},
    {11, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Action Code"), "ID"},
    {12, QT_TRANSLATE_NOOP("Hl7Dictionary", "Danger Code"), "CE"},
    {13, QT_TRANSLATE_NOOP("Hl7Dictionary", "Relevant Clinical Information"), "ST"},
    {14, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Received Date/Time"), "TS"},
    {15, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Source"), "SPS"},
    {16, QT_TRANSLATE_NOOP("Hl7Dictionary", "Ordering Provider"), "XCN"},
    {17, QT_TRANSLATE_NOOP("Hl7Dictionary", "Order Callback Phone Number"), "XTN"},
    {18, QT_TRANSLATE_NOOP("Hl7Dictionary", "Placer Field 1"), "ST"},
    {19, QT_TRANSLATE_NOOP("Hl7Dictionary", "Placer Field 2"), "ST"},
    {20, QT_TRANSLATE_NOOP("Hl7Dictionary", "Filler Field 1"), "ST"},
    {21, QT_TRANSLATE_NOOP("Hl7Dictionary", "Filler Field 2"), "ST"},
    {22, QT_TRANSLATE_NOOP("Hl7Dictionary", "Results Rpt/Status Chng - Date/Time"), "TS"},
    {23, QT_TRANSLATE_NOOP("Hl7Dictionary", "Charge to Practice"), "MOC"},
    {24, QT_TRANSLATE_NOOP("Hl7Dictionary", "Diagnostic Serv Sect ID"), "ID"},
    {25, QT_TRANSLATE_NOOP("Hl7Dictionary", "Result Status"), "ID"},
    {26, QT_TRANSLATE_NOOP("Hl7Dictionary", "Parent Result"), "PRL"},
    {27, QT_TRANSLATE_NOOP("Hl7Dictionary", "Quantity/Timing"), "TQ"},
    {28, QT_TRANSLATE_NOOP("Hl7Dictionary", "Result Copies To"), "XCN"},
    {29, QT_TRANSLATE_NOOP("Hl7Dictionary", "Parent"), "EIP"},
    {30, QT_TRANSLATE_NOOP("Hl7Dictionary", "Transportation Mode"), "ID"},
    {31, QT_TRANSLATE_NOOP("Hl7Dictionary", "Reason for Study"), "CE"},
    {32, QT_TRANSLATE_NOOP("Hl7Dictionary", "Principal Result Interpreter"), "NDL"},
    {33, QT_TRANSLATE_NOOP("Hl7Dictionary", "Assistant Result Interpreter"), "NDL"},
    {34, QT_TRANSLATE_NOOP("Hl7Dictionary", "Technician"), "NDL"},
    {35, QT_TRANSLATE_NOOP("Hl7Dictionary", "Transcriptionist"), "NDL"},
    {36, QT_TRANSLATE_NOOP("Hl7Dictionary", "Scheduled Date/Time"), "TS"},
    {37, QT_TRANSLATE_NOOP("Hl7Dictionary", "Number of Sample Containers"), "NM"},
    {38, QT_TRANSLATE_NOOP("Hl7Dictionary", "Transport Logistics of Collected Sample"), "CE"},
    {39, QT_TRANSLATE_NOOP("Hl7Dictionary", "Collector's Comment"), "CE"},
    {40, QT_TRANSLATE_NOOP("Hl7Dictionary", "Transport Arrangement Responsibility"), "CE"},
    {41, QT_TRANSLATE_NOOP("Hl7Dictionary", "Transport Arranged"), "ID"},
    {42, QT_TRANSLATE_NOOP("Hl7Dictionary", "Escort Required"), "ID"},
    {43, QT_TRANSLATE_NOOP("Hl7Dictionary", "Planned Patient Transport Comment"), "CE"},
    {44, QT_TRANSLATE_NOOP("Hl7Dictionary", "Procedure Code"), "CE"},
    {45, QT_TRANSLATE_NOOP("Hl7Dictionary", "Procedure Code Modifier"), "CE"},
    {46, QT_TRANSLATE_NOOP("Hl7Dictionary", "Placer Supplemental Service Information"), "CE"},
    {47, QT_TRANSLATE_NOOP("Hl7Dictionary", "Filler Supplemental Service Information"), "CE"},
    {48, QT_TRANSLATE_NOOP("Hl7Dictionary", "Medically Necessary Duplicate Procedure Reason"), "CWE"},
    {49, QT_TRANSLATE_NOOP("Hl7Dictionary", "Result Handling"), "IS"},
    {50, QT_TRANSLATE_NOOP("Hl7Dictionary", "Parent Universal Service Identifier"), "CWE"},
};

constexpr Entry obxFields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Set ID - OBX"), "SI"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Value Type"), "ID"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Observation Identifier"), "CE"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Observation Sub-ID"), "ST"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Observation Value"), "varies"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Units"), "CE"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "References Range"), "ST"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Abnormal Flags"), "IS"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "Probability"), "NM"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "Nature of Abnormal Test"), "ID"},
    {11, QT_TRANSLATE_NOOP("Hl7Dictionary", "Observation Result Status"), "ID"},
    {12, QT_TRANSLATE_NOOP("Hl7Dictionary", "Effective Date of Reference Range Values"), "TS"},
    {13, QT_TRANSLATE_NOOP("Hl7Dictionary", "User Defined Access Checks"), "ST"},
    {14, QT_TRANSLATE_NOOP("Hl7Dictionary", "Date/Time of the Observation"), "TS"},
    {15, QT_TRANSLATE_NOOP("Hl7Dictionary", "Producer's Reference"), "CE"},
    {16, QT_TRANSLATE_NOOP("Hl7Dictionary", "Responsible Observer"), "XCN"},
    {17, QT_TRANSLATE_NOOP("Hl7Dictionary", "Observation Method"), "CE"},
    {18, QT_TRANSLATE_NOOP("Hl7Dictionary", "Equipment Instance Identifier"), "EI"},
    {19, QT_TRANSLATE_NOOP("Hl7Dictionary", "Date/Time of the Analysis"), "TS"},
    {20, QT_TRANSLATE_NOOP("Hl7Dictionary", "Reserved for harmonization with V2.6"), ""},
    {21, QT_TRANSLATE_NOOP("Hl7Dictionary", "Reserved for harmonization with V2.6"), ""},
    {22, QT_TRANSLATE_NOOP("Hl7Dictionary", "Reserved for harmonization with V2.6"), ""},
    {23, QT_TRANSLATE_NOOP("Hl7Dictionary", "Performing Organization Name"), "XON"},
    {24, QT_TRANSLATE_NOOP("Hl7Dictionary", "Performing Organization Address"), "XAD"},
    {25, QT_TRANSLATE_NOOP("Hl7Dictionary", "Performing Organization Medical Director"), "XCN"},
};

constexpr Entry orcFields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Order Control"), "ID"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Placer Order Number"), "EI"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Filler Order Number"), "EI"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Placer Group Number"), "EI"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Order Status"), "ID"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Response Flag"), "ID"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Quantity/Timing"), "TQ"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Parent"), "EIP"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "Date/Time of Transaction"), "TS"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "Entered By"), "XCN"},
    {11, QT_TRANSLATE_NOOP("Hl7Dictionary", "Verified By"), "XCN"},
    {12, QT_TRANSLATE_NOOP("Hl7Dictionary", "Ordering Provider"), "XCN"},
    {13, QT_TRANSLATE_NOOP("Hl7Dictionary", "Enterer's Location"), "PL"},
    {14, QT_TRANSLATE_NOOP("Hl7Dictionary", "Call Back Phone Number"), "XTN"},
    {15, QT_TRANSLATE_NOOP("Hl7Dictionary", "Order Effective Date/Time"), "TS"},
    {16, QT_TRANSLATE_NOOP("Hl7Dictionary", "Order Control Code Reason"), "CE"},
    {17, QT_TRANSLATE_NOOP("Hl7Dictionary", "Entering Organization"), "CE"},
    {18, QT_TRANSLATE_NOOP("Hl7Dictionary", "Entering Device"), "CE"},
    {19, QT_TRANSLATE_NOOP("Hl7Dictionary", "Action By"), "XCN"},
    {20, QT_TRANSLATE_NOOP("Hl7Dictionary", "Advanced Beneficiary Notice Code"), "CE"},
    {21, QT_TRANSLATE_NOOP("Hl7Dictionary", "Ordering Facility Name"), "XON"},
    {22, QT_TRANSLATE_NOOP("Hl7Dictionary", "Ordering Facility Address"), "XAD"},
    {23, QT_TRANSLATE_NOOP("Hl7Dictionary", "Ordering Facility Phone Number"), "XTN"},
    {24, QT_TRANSLATE_NOOP("Hl7Dictionary", "Ordering Provider Address"), "XAD"},
    {25, QT_TRANSLATE_NOOP("Hl7Dictionary", "Order Status Modifier"), "CWE"},
    {26, QT_TRANSLATE_NOOP("Hl7Dictionary", "Advanced Beneficiary Notice Override Reason"), "CWE"},
    {27, QT_TRANSLATE_NOOP("Hl7Dictionary", "Filler's Expected Availability Date/Time"), "TS"},
    {28, QT_TRANSLATE_NOOP("Hl7Dictionary", "Confidentiality Code"), "CWE"},
    {29, QT_TRANSLATE_NOOP("Hl7Dictionary", "Order Type"), "CWE"},
    {30, QT_TRANSLATE_NOOP("Hl7Dictionary", "Enterer Authorization Mode"), "CNE"},
    {31, QT_TRANSLATE_NOOP("Hl7Dictionary", "Parent Universal Service Identifier"), "CWE"},
};

constexpr Entry pd1Fields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Living Dependency"), "IS"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Living Arrangement"), "IS"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Patient Primary Facility"), "XON"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Patient Primary Care Provider Name & ID No."), "XCN"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Student Indicator"), "IS"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Handicap"), "IS"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Living Will Code"), "IS"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Organ Donor Code"), "IS"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "Separate Bill"), "ID"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "Duplicate Patient"), "CX"},
    {11, QT_TRANSLATE_NOOP("Hl7Dictionary", "Publicity Code"), "CE"},
    {12, QT_TRANSLATE_NOOP("Hl7Dictionary", "Protection Indicator"), "ID"},
    {13, QT_TRANSLATE_NOOP("Hl7Dictionary", "Protection Indicator Effective Date"), "DT"},
    {14, QT_TRANSLATE_NOOP("Hl7Dictionary", "Place of Worship"), "XON"},
    {15, QT_TRANSLATE_NOOP("Hl7Dictionary", "Advance Directive Code"), "CE"},
    {16, QT_TRANSLATE_NOOP("Hl7Dictionary", "Immunization Registry Status"), "IS"},
    {17, QT_TRANSLATE_NOOP("Hl7Dictionary", "Immunization Registry Status Effective Date"), "DT"},
    {18, QT_TRANSLATE_NOOP("Hl7Dictionary", "Publicity Code Effective Date"), "DT"},
    {19, QT_TRANSLATE_NOOP("Hl7Dictionary", "Military Branch"), "IS"},
    {20, QT_TRANSLATE_NOOP("Hl7Dictionary", "Military Rank/Grade"), "IS"},
    {21, QT_TRANSLATE_NOOP("Hl7Dictionary", "Military Status"), "IS"},
};

constexpr Entry pidFields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Set ID - PID"), "SI"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Patient ID"), "CX"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Patient Identifier List"), "CX"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Alternate Patient ID - PID"), "CX"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Patient Name"), "XPN"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Mother's Maiden Name"), "XPN"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Date/Time of Birth"), "TS"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Administrative Sex"), "IS"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "Patient Alias"), "XPN"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "Race"), "CE"},
    {11, QT_TRANSLATE_NOOP("Hl7Dictionary", "Patient Address"), "XAD"},
    {12, QT_TRANSLATE_NOOP("Hl7Dictionary", "County Code"), "IS"},
    {13, QT_TRANSLATE_NOOP("Hl7Dictionary", "Phone Number - Home"), "XTN"},
    {14, QT_TRANSLATE_NOOP("Hl7Dictionary", "Phone Number - Business"), "XTN"},
    {15, QT_TRANSLATE_NOOP("Hl7Dictionary", "Primary Language"), "CE"},
    {16, QT_TRANSLATE_NOOP("Hl7Dictionary", "Marital Status"), "CE"},
    {17, QT_TRANSLATE_NOOP("Hl7Dictionary", "Religion"), "CE"},
    {18, QT_TRANSLATE_NOOP("Hl7Dictionary", "Patient Account Number"), "CX"},
    {19, QT_TRANSLATE_NOOP("Hl7Dictionary", "SSN Number - Patient"), "ST"},
    {20, QT_TRANSLATE_NOOP("Hl7Dictionary", "Driver's License Number - Patient"), "DLN"},
    {21, QT_TRANSLATE_NOOP("Hl7Dictionary", "Mother's Identifier"), "CX"},
    {22, QT_TRANSLATE_NOOP("Hl7Dictionary", "Ethnic Group"), "CE"},
    {23, QT_TRANSLATE_NOOP("Hl7Dictionary", "Birth Place"), "ST"},
    {24, QT_TRANSLATE_NOOP("Hl7Dictionary", "Multiple Birth Indicator"), "ID"},
    {25, QT_TRANSLATE_NOOP("Hl7Dictionary", "Birth Order"), "NM"},
    {26, QT_TRANSLATE_NOOP("Hl7Dictionary", "Citizenship"), "CE"},
    {27, QT_TRANSLATE_NOOP("Hl7Dictionary", "Veterans Military Status"), "CE"},
    {28, QT_TRANSLATE_NOOP("Hl7Dictionary", "Nationality"), "CE"},
    {29, QT_TRANSLATE_NOOP("Hl7Dictionary", "Patient Death Date and Time"), "TS"},
    {30, QT_TRANSLATE_NOOP("Hl7Dictionary", "Patient Death Indicator"), "ID"},
    {31, QT_TRANSLATE_NOOP("Hl7Dictionary", "Identity Unknown Indicator"), "ID"},
    {32, QT_TRANSLATE_NOOP("Hl7Dictionary", "Identity Reliability Code"), "IS"},
    {33, QT_TRANSLATE_NOOP("Hl7Dictionary", "Last Update Date/Time"), "TS"},
    {34, QT_TRANSLATE_NOOP("Hl7Dictionary", "Last Update Facility"), "HD"},
    {35, QT_TRANSLATE_NOOP("Hl7Dictionary", "Species Code"), "CE"},
    {36, QT_TRANSLATE_NOOP("Hl7Dictionary", "Breed Code"), "CE"},
    {37, QT_TRANSLATE_NOOP("Hl7Dictionary", "Strain"), "ST"},
    {38, QT_TRANSLATE_NOOP("Hl7Dictionary", "Production Class Code"), "CE"},
    {39, QT_TRANSLATE_NOOP("Hl7Dictionary", "Tribal Citizenship"), "CWE"},
};

constexpr Entry pv1Fields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Set ID - PV1"), "SI"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Patient Class"), "IS"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Assigned Patient Location"), "PL"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Admission Type"), "IS"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Preadmit Number"), "CX"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Prior Patient Location"), "PL"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Attending Doctor"), "XCN"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Referring Doctor"), "XCN"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "Consulting Doctor"), "XCN"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "Hospital Service"), "IS"},
    {11, QT_TRANSLATE_NOOP("Hl7Dictionary", "Temporary Location"), "PL"},
    {12, QT_TRANSLATE_NOOP("Hl7Dictionary", "Preadmit Test Indicator"), "IS"},
    {13, QT_TRANSLATE_NOOP("Hl7Dictionary", "Re-admission Indicator"), "IS"},
    {14, QT_TRANSLATE_NOOP("Hl7Dictionary", "Admit Source"), "IS"},
    {15, QT_TRANSLATE_NOOP("Hl7Dictionary", "Ambulatory Status"), "IS"},
    {16, QT_TRANSLATE_NOOP("Hl7Dictionary", "VIP Indicator"), "IS"},
    {17, QT_TRANSLATE_NOOP("Hl7Dictionary", "Admitting Doctor"), "XCN"},
    {18, QT_TRANSLATE_NOOP("Hl7Dictionary", "Patient Type"), "IS"},
    {19, QT_TRANSLATE_NOOP("Hl7Dictionary", "Visit Number"), "CX"},
    {20, QT_TRANSLATE_NOOP("Hl7Dictionary", "Financial Class"), "FC"},
    {21, QT_TRANSLATE_NOOP("Hl7Dictionary", "Charge Price Indicator"), "IS"},
    {22, QT_TRANSLATE_NOOP("Hl7Dictionary", "Courtesy Code"), "IS"},
    {23, QT_TRANSLATE_NOOP("Hl7Dictionary", "Credit Rating"), "IS"},
    {24, QT_TRANSLATE_NOOP("Hl7Dictionary", "Contract Code"), "IS"},
    {25, QT_TRANSLATE_NOOP("Hl7Dictionary", "Contract Effective Date"), "DT"},
    {26, QT_TRANSLATE_NOOP("Hl7Dictionary", "Contract Amount"), "NM"},
    {27, QT_TRANSLATE_NOOP("Hl7Dictionary", "Contract Period"), "NM"},
    {28, QT_TRANSLATE_NOOP("Hl7Dictionary", "Interest Code"), "IS"},
    {29, QT_TRANSLATE_NOOP("Hl7Dictionary", "Transfer to Bad Debt Code"), "IS"},
    {30, QT_TRANSLATE_NOOP("Hl7Dictionary", "Transfer to Bad Debt Date"), "DT"},
    {31, QT_TRANSLATE_NOOP("Hl7Dictionary", "Bad Debt Agency Code"), "IS"},
    {32, QT_TRANSLATE_NOOP("Hl7Dictionary", "Bad Debt Transfer Amount"), "NM"},
    {33, QT_TRANSLATE_NOOP("Hl7Dictionary", "Bad Debt Recovery Amount"), "NM"},
    {34, QT_TRANSLATE_NOOP("Hl7Dictionary", "Delete Account Indicator"), "IS"},
    {35, QT_TRANSLATE_NOOP("Hl7Dictionary", "Delete Account Date"), "DT"},
    {36, QT_TRANSLATE_NOOP("Hl7Dictionary", "Discharge Disposition"), "IS"},
    {37, QT_TRANSLATE_NOOP("Hl7Dictionary", "Discharged to Location"), "DLD"},
    {38, QT_TRANSLATE_NOOP("Hl7Dictionary", "Diet Type"), "CE"},
    {39, QT_TRANSLATE_NOOP("Hl7Dictionary", "Servicing Facility"), "IS"},
    {40, QT_TRANSLATE_NOOP("Hl7Dictionary", "Bed Status"), "IS"},
    {41, QT_TRANSLATE_NOOP("Hl7Dictionary", "Account Status"), "IS"},
    {42, QT_TRANSLATE_NOOP("Hl7Dictionary", "Pending Location"), "PL"},
    {43, QT_TRANSLATE_NOOP("Hl7Dictionary", "Prior Temporary Location"), "PL"},
    {44, QT_TRANSLATE_NOOP("Hl7Dictionary", "Admit Date/Time"), "TS"},
    {45, QT_TRANSLATE_NOOP("Hl7Dictionary", "Discharge Date/Time"), "TS"},
    {46, QT_TRANSLATE_NOOP("Hl7Dictionary", "Current Patient Balance"), "NM"},
    {47, QT_TRANSLATE_NOOP("Hl7Dictionary", "Total Charges"), "NM"},
    {48, QT_TRANSLATE_NOOP("Hl7Dictionary", "Total Adjustments"), "NM"},
    {49, QT_TRANSLATE_NOOP("Hl7Dictionary", "Total Payments"), "NM"},
    {50, QT_TRANSLATE_NOOP("Hl7Dictionary", "Alternate Visit ID"), "CX"},
    {51, QT_TRANSLATE_NOOP("Hl7Dictionary", "Visit Indicator"), "IS"},
    {52, QT_TRANSLATE_NOOP("Hl7Dictionary", "Other Healthcare Provider"), "XCN"},
};

constexpr Entry pv2Fields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Prior Pending Location"), "PL"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Accommodation Code"), "CE"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Admit Reason"), "CE"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Transfer Reason"), "CE"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Patient Valuables"), "ST"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Patient Valuables Location"), "ST"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Visit User Code"), "IS"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Expected Admit Date/Time"), "TS"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "Expected Discharge Date/Time"), "TS"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "Estimated Length of Inpatient Stay"), "NM"},
    {11, QT_TRANSLATE_NOOP("Hl7Dictionary", "Actual Length of Inpatient Stay"), "NM"},
    {12, QT_TRANSLATE_NOOP("Hl7Dictionary", "Visit Description"), "ST"},
    {13, QT_TRANSLATE_NOOP("Hl7Dictionary", "Referral Source Code"), "XCN"},
    {14, QT_TRANSLATE_NOOP("Hl7Dictionary", "Previous Service Date"), "DT"},
    {15, QT_TRANSLATE_NOOP("Hl7Dictionary", "Employment Illness Related Indicator"), "ID"},
    {16, QT_TRANSLATE_NOOP("Hl7Dictionary", "Purge Status Code"), "IS"},
    {17, QT_TRANSLATE_NOOP("Hl7Dictionary", "Purge Status Date"), "DT"},
    {18, QT_TRANSLATE_NOOP("Hl7Dictionary", "Special Program Code"), "IS"},
    {19, QT_TRANSLATE_NOOP("Hl7Dictionary", "Retention Indicator"), "ID"},
    {20, QT_TRANSLATE_NOOP("Hl7Dictionary", "Expected Number of Insurance Plans"), "NM"},
    {21, QT_TRANSLATE_NOOP("Hl7Dictionary", "Visit Publicity Code"), "IS"},
    {22, QT_TRANSLATE_NOOP("Hl7Dictionary", "Visit Protection Indicator"), "ID"},
    {23, QT_TRANSLATE_NOOP("Hl7Dictionary", "Clinic Organization Name"), "XON"},
    {24, QT_TRANSLATE_NOOP("Hl7Dictionary", "Patient Status Code"), "IS"},
    {25, QT_TRANSLATE_NOOP("Hl7Dictionary", "Visit Priority Code"), "IS"},
    {26, QT_TRANSLATE_NOOP("Hl7Dictionary", "Previous Treatment Date"), "DT"},
    {27, QT_TRANSLATE_NOOP("Hl7Dictionary", "Expected Discharge Disposition"), "IS"},
    {28, QT_TRANSLATE_NOOP("Hl7Dictionary", "Signature on File Date"), "DT"},
    {29, QT_TRANSLATE_NOOP("Hl7Dictionary", "First Similar Illness Date"), "DT"},
    {30, QT_TRANSLATE_NOOP("Hl7Dictionary", "Patient Charge Adjustment Code"), "CE"},
    {31, QT_TRANSLATE_NOOP("Hl7Dictionary", "Recurring Service Code"), "IS"},
    {32, QT_TRANSLATE_NOOP("Hl7Dictionary", "Billing Media Code"), "ID"},
    {33, QT_TRANSLATE_NOOP("Hl7Dictionary", "Expected Surgery Date and Time"), "TS"},
    {34, QT_TRANSLATE_NOOP("Hl7Dictionary", "Military Partnership Code"), "ID"},
    {35, QT_TRANSLATE_NOOP("Hl7Dictionary", "Military Non-Availability Code"), "ID"},
    {36, QT_TRANSLATE_NOOP("Hl7Dictionary", "Newborn Baby Indicator"), "ID"},
    {37, QT_TRANSLATE_NOOP("Hl7Dictionary", "Baby Detained Indicator"), "ID"},
    {38, QT_TRANSLATE_NOOP("Hl7Dictionary", "Mode of Arrival Code"), "CE"},
    {39, QT_TRANSLATE_NOOP("Hl7Dictionary", "Recreational Drug Use Code"), "CE"},
    {40, QT_TRANSLATE_NOOP("Hl7Dictionary", "Admission Level of Care Code"), "CE"},
    {41, QT_TRANSLATE_NOOP("Hl7Dictionary", "Precaution Code"), "CE"},
    {42, QT_TRANSLATE_NOOP("Hl7Dictionary", "Patient Condition Code"), "CE"},
    {43, QT_TRANSLATE_NOOP("Hl7Dictionary", "Living Will Code"), "IS"},
    {44, QT_TRANSLATE_NOOP("Hl7Dictionary", "Organ Donor Code"), "IS"},
    {45, QT_TRANSLATE_NOOP("Hl7Dictionary", "Advance Directive Code"), "CE"},
    {46, QT_TRANSLATE_NOOP("Hl7Dictionary", "Patient Status Effective Date"), "DT"},
    {47, QT_TRANSLATE_NOOP("Hl7Dictionary", "Expected LOA Return Date/Time"), "TS"},
    {48, QT_TRANSLATE_NOOP("Hl7Dictionary", "Expected Pre-admission Testing Date/Time"), "TS"},
    {49, QT_TRANSLATE_NOOP("Hl7Dictionary", "Notify Clergy Code"), "IS"},
};

constexpr Entry qakFields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Query Tag"), "ST"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Query Response Status"), "ID"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Message Query Name"), "CE"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Hit Count"), "NM"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "This Payload"), "NM"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Hits Remaining"), "NM"},
};

constexpr Entry qpdFields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Message Query Name"), "CE"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Query Tag"), "ST"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "User Parameters (in successive fields)"), "varies"},
};

constexpr Entry qrdFields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Query Date/Time"), "TS"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Query Format Code"), "ID"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Query Priority"), "ID"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Query ID"), "ST"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Deferred Response Type"), "ID"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Deferred Response Date/Time"), "TS"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Quantity Limited Request"), "CQ"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Who Subject Filter"), "XCN"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "What Subject Filter"), "CE"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "What Department Data Code"), "CE"},
    {11, QT_TRANSLATE_NOOP("Hl7Dictionary", "What Data Code Value Qual."), "VR"},
    {12, QT_TRANSLATE_NOOP("Hl7Dictionary", "Query Results Level"), "ID"},
};

constexpr Entry qrfFields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Where Subject Filter"), "ST"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "When Data Start Date/Time"), "TS"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "When Data End Date/Time"), "TS"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "What User Qualifier"), "ST"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Other QRY Subject Filter"), "ST"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Which Date/Time Qualifier"), "ID"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Which Date/Time Status Qualifier"), "ID"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Date/Time Selection Qualifier"), "ID"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "When Quantity/Timing Qualifier"), "TQ"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "Search Confidence Threshold"), "NM"},
};

constexpr Entry rcpFields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Query Priority"), "ID"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Quantity Limited Request"), "CQ"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Response Modality"), "CE"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Execution and Delivery Time"), "TS"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Modify Indicator"), "ID"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Sort-by Field"), "SRT"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Segment Group Inclusion"), "ID"},
};

constexpr Entry sacFields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "External Accession Identifier"), "EI"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Accession Identifier"), "EI"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Container Identifier"), "EI"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Primary (Parent) Container Identifier"), "EI"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Equipment Container Identifier"), "EI"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Source"), "SPS"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Registration Date/Time"), "TS"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Container Status"), "CE"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "Carrier Type"), "CE"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "Carrier Identifier"), "EI"},
    {11, QT_TRANSLATE_NOOP("Hl7Dictionary", "Position in Carrier"), "NA"},
    {12, QT_TRANSLATE_NOOP("Hl7Dictionary", "Tray Type - SAC"), "CE"},
    {13, QT_TRANSLATE_NOOP("Hl7Dictionary", "Tray Identifier"), "EI"},
    {14, QT_TRANSLATE_NOOP("Hl7Dictionary", "Position in Tray"), "NA"},
    {15, QT_TRANSLATE_NOOP("Hl7Dictionary", "Location"), "CE"},
    {16, QT_TRANSLATE_NOOP("Hl7Dictionary", "Container Height"), "NM"},
    {17, QT_TRANSLATE_NOOP("Hl7Dictionary", "Container Diameter"), "NM"},
    {18, QT_TRANSLATE_NOOP("Hl7Dictionary", "Barrier Delta"), "NM"},
    {19, QT_TRANSLATE_NOOP("Hl7Dictionary", "Bottom Delta"), "NM"},
    {20, QT_TRANSLATE_NOOP("Hl7Dictionary", "Container Height/Diameter/Delta Units"), "CE"},
    {21, QT_TRANSLATE_NOOP("Hl7Dictionary", "Container Volume"), "NM"},
    {22, QT_TRANSLATE_NOOP("Hl7Dictionary", "Available Specimen Volume"), "NM"},
    {23, QT_TRANSLATE_NOOP("Hl7Dictionary", "Initial Specimen Volume"), "NM"},
    {24, QT_TRANSLATE_NOOP("Hl7Dictionary", "Volume Units"), "CE"},
    {25, QT_TRANSLATE_NOOP("Hl7Dictionary", "Separator Type"), "CE"},
    {26, QT_TRANSLATE_NOOP("Hl7Dictionary", "Cap Type"), "CE"},
    {27, QT_TRANSLATE_NOOP("Hl7Dictionary", "Additive"), "CWE"},
    {28, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Component"), "CE"},
    {29, QT_TRANSLATE_NOOP("Hl7Dictionary", "Dilution Factor"), "SN"},
    {30, QT_TRANSLATE_NOOP("Hl7Dictionary", "Treatment"), "CE"},
    {31, QT_TRANSLATE_NOOP("Hl7Dictionary", "Temperature"), "SN"},
    {32, QT_TRANSLATE_NOOP("Hl7Dictionary", "Hemolysis Index"), "NM"},
    {33, QT_TRANSLATE_NOOP("Hl7Dictionary", "Hemolysis Index Units"), "CE"},
    {34, QT_TRANSLATE_NOOP("Hl7Dictionary", "Lipemia Index"), "NM"},
    {35, QT_TRANSLATE_NOOP("Hl7Dictionary", "Lipemia Index Units"), "CE"},
    {36, QT_TRANSLATE_NOOP("Hl7Dictionary", "Icterus Index"), "NM"},
    {37, QT_TRANSLATE_NOOP("Hl7Dictionary", "Icterus Index Units"), "CE"},
    {38, QT_TRANSLATE_NOOP("Hl7Dictionary", "Fibrin Index"), "NM"},
    {39, QT_TRANSLATE_NOOP("Hl7Dictionary", "Fibrin Index Units"), "CE"},
    {40, QT_TRANSLATE_NOOP("Hl7Dictionary", "System Induced Contaminants"), "CE"},
    {41, QT_TRANSLATE_NOOP("Hl7Dictionary", "Drug Interference"), "CE"},
    {42, QT_TRANSLATE_NOOP("Hl7Dictionary", "Artificial Blood"), "CE"},
    {43, QT_TRANSLATE_NOOP("Hl7Dictionary", "Special Handling Code"), "CWE"},
    {44, QT_TRANSLATE_NOOP("Hl7Dictionary", "Other Environmental Factors"), "CE"},
};

constexpr Entry sftFields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Software Vendor Organization"), "XON"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Software Certified Version or Release Number"), "ST"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Software Product Name"), "ST"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Software Binary ID"), "ST"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Software Product Information"), "TX"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Software Install Date"), "TS"},
};

constexpr Entry sidFields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Application/Method Identifier"), "CE"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Substance Lot Number"), "ST"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Substance Container Identifier"), "ST"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Substance Manufacturer Identifier"), "CE"},
};

constexpr Entry spmFields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Set ID - SPM"), "SI"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen ID"), "EIP"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Parent IDs"), "EIP"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Type"), "CWE"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Type Modifier"), "CWE"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Additives"), "CWE"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Collection Method"), "CWE"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Source Site"), "CWE"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Source Site Modifier"), "CWE"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Collection Site"), "CWE"},
    {11, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Role"), "CWE"},
    {12, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Collection Amount"), "CQ"},
    {13, QT_TRANSLATE_NOOP("Hl7Dictionary", "Grouped Specimen Count"), "NM"},
    {14, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Description"), "ST"},
    {15, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Handling Code"), "CWE"},
    {16, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Risk Code"), "CWE"},
    {17, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Collection Date/Time"), "DR"},
    {18, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Received Date/Time"), "TS"},
    {19, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Expiration Date/Time"), "TS"},
    {20, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Availability"), "ID"},
    {21, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Reject Reason"), "CWE"},
    {22, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Quality"), "CWE"},
    {23, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Appropriateness"), "CWE"},
    {24, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Condition"), "CWE"},
    {25, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Current Quantity"), "CQ"},
    {26, QT_TRANSLATE_NOOP("Hl7Dictionary", "Number of Specimen Containers"), "NM"},
    {27, QT_TRANSLATE_NOOP("Hl7Dictionary", "Container Type"), "CWE"},
    {28, QT_TRANSLATE_NOOP("Hl7Dictionary", "Container Condition"), "CWE"},
    {29, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Child Role"), "CWE"},
};

constexpr Entry tcdFields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Universal Service Identifier"), "CE"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Auto-Dilution Factor"), "SN"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Rerun Dilution Factor"), "SN"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Pre-Dilution Factor"), "SN"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Endogenous Content of Pre-Dilution Diluent"), "SN"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Automatic Repeat Allowed"), "ID"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Reflex Allowed"), "ID"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Analyte Repeat Status"), "CE"},
};

constexpr Entry tq1Fields[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Set ID - TQ1"), "SI"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Quantity"), "CQ"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Repeat Pattern"), "RPT"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Explicit Time"), "TM"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Relative Time and Units"), "CQ"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Service Duration"), "CQ"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Start Date/Time"), "TS"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "End Date/Time"), "TS"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "Priority"), "CWE"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "Condition Text"), "TX"},
    {11, QT_TRANSLATE_NOOP("Hl7Dictionary", "Text Instruction"), "TX"},
    {12, QT_TRANSLATE_NOOP("Hl7Dictionary", "Conjunction"), "ID"},
    {13, QT_TRANSLATE_NOOP("Hl7Dictionary", "Occurrence Duration"), "CQ"},
    {14, QT_TRANSLATE_NOOP("Hl7Dictionary", "Total Occurrences"), "NM"},
};

constexpr Segment segments[] = {
    {"AL1", QT_TRANSLATE_NOOP("Hl7Dictionary", "Patient Allergy Information"), al1Fields},
    {"BHS", QT_TRANSLATE_NOOP("Hl7Dictionary", "Batch Header"), bhsFields},
    {"BTS", QT_TRANSLATE_NOOP("Hl7Dictionary", "Batch Trailer"), btsFields},
    {"DG1", QT_TRANSLATE_NOOP("Hl7Dictionary", "Diagnosis"), dg1Fields},
    {"DSC", QT_TRANSLATE_NOOP("Hl7Dictionary", "Continuation Pointer"), dscFields},
    {"ECD", QT_TRANSLATE_NOOP("Hl7Dictionary", "Equipment Command"), ecdFields},
    {"ECR", QT_TRANSLATE_NOOP("Hl7Dictionary", "Equipment Command Response"), ecrFields},
    {"EQU", QT_TRANSLATE_NOOP("Hl7Dictionary", "Equipment Detail"), equFields},
    {"ERR", QT_TRANSLATE_NOOP("Hl7Dictionary", "Error"), errFields},
    {"EVN", QT_TRANSLATE_NOOP("Hl7Dictionary", "Event Type"), evnFields},
    {"FHS", QT_TRANSLATE_NOOP("Hl7Dictionary", "File Header"), fhsFields},
    {"FTS", QT_TRANSLATE_NOOP("Hl7Dictionary", "File Trailer"), ftsFields},
    {"MSA", QT_TRANSLATE_NOOP("Hl7Dictionary", "Message Acknowledgment"), msaFields},
    {"MSH", QT_TRANSLATE_NOOP("Hl7Dictionary", "Message Header"), mshFields},
    {"NK1", QT_TRANSLATE_NOOP("Hl7Dictionary", "Next of Kin / Associated Parties"), nk1Fields},
    {"NTE", QT_TRANSLATE_NOOP("Hl7Dictionary", "Notes and Comments"), nteFields},
    {"OBR", QT_TRANSLATE_NOOP("Hl7Dictionary", "Observation Request"), obrFields},
    {"OBX", QT_TRANSLATE_NOOP("Hl7Dictionary", "Observation/Result"), obxFields},
    {"ORC", QT_TRANSLATE_NOOP("Hl7Dictionary", "Common Order"), orcFields},
    {"PD1", QT_TRANSLATE_NOOP("Hl7Dictionary", "Patient Additional Demographic"), pd1Fields},
    {"PID", QT_TRANSLATE_NOOP("Hl7Dictionary", "Patient Identification"), pidFields},
    {"PV1", QT_TRANSLATE_NOOP("Hl7Dictionary", "Patient Visit"), pv1Fields},
    {"PV2", QT_TRANSLATE_NOOP("Hl7Dictionary", "Patient Visit - Additional Information"), pv2Fields},
    {"QAK", QT_TRANSLATE_NOOP("Hl7Dictionary", "Query Acknowledgment"), qakFields},
    {"QPD", QT_TRANSLATE_NOOP("Hl7Dictionary", "Query Parameter Definition"), qpdFields},
    {"QRD", QT_TRANSLATE_NOOP("Hl7Dictionary", "Original-Style Query Definition"), qrdFields},
    {"QRF", QT_TRANSLATE_NOOP("Hl7Dictionary", "Original-Style Query Filter"), qrfFields},
    {"RCP", QT_TRANSLATE_NOOP("Hl7Dictionary", "Response Control Parameter"), rcpFields},
    {"SAC", QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Container Detail"), sacFields},
    {"SFT", QT_TRANSLATE_NOOP("Hl7Dictionary", "Software Segment"), sftFields},
    {"SID", QT_TRANSLATE_NOOP("Hl7Dictionary", "Substance Identifier"), sidFields},
    {"SPM", QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen"), spmFields},
    {"TCD", QT_TRANSLATE_NOOP("Hl7Dictionary", "Test Code Detail"), tcdFields},
    {"TQ1", QT_TRANSLATE_NOOP("Hl7Dictionary", "Timing/Quantity"), tq1Fields},
};

// Composite data types ----------------------------------------------------------------------
// Primitive types (ST, TX, FT, NM, SI, ID, IS, DT, TM, DTM, GTS) have no components.

constexpr Entry ceComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Identifier"), "ST"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Text"), "ST"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Name of Coding System"), "ID"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Alternate Identifier"), "ST"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Alternate Text"), "ST"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Name of Alternate Coding System"), "ID"},
};

constexpr Entry cneComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Identifier"), "ST"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Text"), "ST"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Name of Coding System"), "ID"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Alternate Identifier"), "ST"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Alternate Text"), "ST"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Name of Alternate Coding System"), "ID"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Coding System Version ID"), "ST"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Alternate Coding System Version ID"), "ST"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "Original Text"), "ST"},
};

constexpr Entry cnnComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "ID Number"), "ST"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Family Name"), "ST"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Given Name"), "ST"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Second and Further Given Names or Initials Thereof"), "ST"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Suffix (e.g., JR or III)"), "ST"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Prefix (e.g., DR)"), "ST"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Degree (e.g., MD)"), "IS"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Source Table"), "IS"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "Assigning Authority - Namespace ID"), "IS"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "Assigning Authority - Universal ID"), "ST"},
    {11, QT_TRANSLATE_NOOP("Hl7Dictionary", "Assigning Authority - Universal ID Type"), "ID"},
};

constexpr Entry cpComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Price"), "MO"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Price Type"), "ID"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "From Value"), "NM"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "To Value"), "NM"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Range Units"), "CE"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Range Type"), "ID"},
};

constexpr Entry cqComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Quantity"), "NM"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Units"), "CE"},
};

constexpr Entry cweComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Identifier"), "ST"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Text"), "ST"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Name of Coding System"), "ID"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Alternate Identifier"), "ST"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Alternate Text"), "ST"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Name of Alternate Coding System"), "ID"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Coding System Version ID"), "ST"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Alternate Coding System Version ID"), "ST"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "Original Text"), "ST"},
};

constexpr Entry cxComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "ID Number"), "ST"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Check Digit"), "ST"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Check Digit Scheme"), "ID"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Assigning Authority"), "HD"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Identifier Type Code"), "ID"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Assigning Facility"), "HD"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Effective Date"), "DT"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Expiration Date"), "DT"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "Assigning Jurisdiction"), "CWE"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "Assigning Agency or Department"), "CWE"},
};

constexpr Entry dldComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Discharge Location"), "IS"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Effective Date"), "TS"},
};

constexpr Entry dlnComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "License Number"), "ST"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Issuing State, Province, Country"), "IS"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Expiration Date"), "DT"},
};

constexpr Entry drComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Range Start Date/Time"), "TS"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Range End Date/Time"), "TS"},
};

constexpr Entry edComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Source Application"), "HD"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Type of Data"), "ID"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Data Subtype"), "ID"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Encoding"), "ID"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Data"), "TX"},
};

constexpr Entry eiComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Entity Identifier"), "ST"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Namespace ID"), "IS"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Universal ID"), "ST"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Universal ID Type"), "ID"},
};

constexpr Entry eipComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Placer Assigned Identifier"), "EI"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Filler Assigned Identifier"), "EI"},
};

constexpr Entry eldComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Segment ID"), "ST"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Segment Sequence"), "NM"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Field Position"), "NM"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Code Identifying Error"), "CE"},
};

constexpr Entry erlComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Segment ID"), "ST"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Segment Sequence"), "NM"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Field Position"), "NM"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Field Repetition"), "NM"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Component Number"), "NM"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Sub-Component Number"), "NM"},
};

constexpr Entry fcComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Financial Class Code"), "IS"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Effective Date"), "TS"},
};

constexpr Entry fnComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Surname"), "ST"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Own Surname Prefix"), "ST"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Own Surname"), "ST"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Surname Prefix from Partner/Spouse"), "ST"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Surname from Partner/Spouse"), "ST"},
};

constexpr Entry hdComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Namespace ID"), "IS"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Universal ID"), "ST"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Universal ID Type"), "ID"},
};

constexpr Entry jccComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Job Code"), "IS"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Job Class"), "IS"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Job Description Text"), "TX"},
};

constexpr Entry moComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Quantity"), "NM"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Denomination"), "ID"},
};

constexpr Entry mocComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Monetary Amount"), "MO"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Charge Code"), "CE"},
};

constexpr Entry msgComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Message Code"), "ID"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Trigger Event"), "ID"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Message Structure"), "ID"},
};

constexpr Entry naComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Value1"), "NM"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Value2"), "NM"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Value3"), "NM"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Value4"), "NM"},
};

constexpr Entry ndlComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Name"), "CNN"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Start Date/Time"), "TS"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "End Date/Time"), "TS"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Point of Care"), "IS"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Room"), "IS"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Bed"), "IS"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Facility"), "HD"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Location Status"), "IS"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "Patient Location Type"), "IS"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "Building"), "IS"},
    {11, QT_TRANSLATE_NOOP("Hl7Dictionary", "Floor"), "IS"},
};

constexpr Entry osdComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Sequence/Results Flag"), "ID"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Placer Order Number: Entity Identifier"), "ST"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Placer Order Number: Namespace ID"), "IS"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Filler Order Number: Entity Identifier"), "ST"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Filler Order Number: Namespace ID"), "IS"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Sequence Condition Value"), "ST"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Maximum Number of Repeats"), "NM"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Placer Order Number: Universal ID"), "ST"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "Placer Order Number: Universal ID Type"), "ID"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "Filler Order Number: Universal ID"), "ST"},
    {11, QT_TRANSLATE_NOOP("Hl7Dictionary", "Filler Order Number: Universal ID Type"), "ID"},
};

constexpr Entry plComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Point of Care"), "IS"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Room"), "IS"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Bed"), "IS"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Facility"), "HD"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Location Status"), "IS"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Person Location Type"), "IS"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Building"), "IS"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Floor"), "IS"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "Location Description"), "ST"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "Comprehensive Location Identifier"), "EI"},
    {11, QT_TRANSLATE_NOOP("Hl7Dictionary", "Assigning Authority for Location"), "HD"},
};

constexpr Entry prlComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Parent Observation Identifier"), "CE"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Parent Observation Sub-identifier"), "ST"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Parent Observation Value Descriptor"), "TX"},
};

constexpr Entry ptComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Processing ID"), "ID"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Processing Mode"), "ID"},
};

constexpr Entry riComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Repeat Pattern"), "IS"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Explicit Time Interval"), "ST"},
};

constexpr Entry rpComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Pointer"), "ST"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Application ID"), "HD"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Type of Data"), "ID"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Subtype"), "ID"},
};

constexpr Entry rptComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Repeat Pattern Code"), "CWE"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Calendar Alignment"), "ID"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Phase Range Begin Value"), "NM"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Phase Range End Value"), "NM"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Period Quantity"), "NM"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Period Units"), "IS"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Institution Specified Time"), "ID"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Event"), "ID"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "Event Offset Quantity"), "NM"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "Event Offset Units"), "IS"},
    {11, QT_TRANSLATE_NOOP("Hl7Dictionary", "General Timing Specification"), "GTS"},
};

constexpr Entry sadComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Street or Mailing Address"), "ST"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Street Name"), "ST"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Dwelling Number"), "ST"},
};

constexpr Entry snComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Comparator"), "ST"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Num1"), "NM"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Separator/Suffix"), "ST"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Num2"), "NM"},
};

constexpr Entry spsComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Source Name or Code"), "CWE"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Additives"), "CWE"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Collection Method"), "TX"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Body Site"), "CWE"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Site Modifier"), "CWE"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Collection Method Modifier Code"), "CWE"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Specimen Role"), "CWE"},
};

constexpr Entry srtComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Sort-by Field"), "ST"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Sequencing"), "ID"},
};

constexpr Entry tqComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Quantity"), "CQ"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Interval"), "RI"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Duration"), "ST"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Start Date/Time"), "TS"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "End Date/Time"), "TS"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Priority"), "ST"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Condition"), "ST"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Text"), "TX"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "Conjunction"), "ID"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "Order Sequencing"), "OSD"},
    {11, QT_TRANSLATE_NOOP("Hl7Dictionary", "Occurrence Duration"), "CE"},
    {12, QT_TRANSLATE_NOOP("Hl7Dictionary", "Total Occurrences"), "NM"},
};

constexpr Entry tsComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Time"), "DTM"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Degree of Precision"), "ID"},
};

constexpr Entry vidComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Version ID"), "ID"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Internationalization Code"), "CE"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "International Version ID"), "CE"},
};

constexpr Entry vrComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "First Data Code Value"), "ST"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Last Data Code Value"), "ST"},
};

constexpr Entry xadComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Street Address"), "SAD"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Other Designation"), "ST"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "City"), "ST"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "State or Province"), "ST"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Zip or Postal Code"), "ST"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Country"), "ID"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Address Type"), "ID"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Other Geographic Designation"), "ST"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "County/Parish Code"), "IS"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "Census Tract"), "IS"},
    {11, QT_TRANSLATE_NOOP("Hl7Dictionary", "Address Representation Code"), "ID"},
    {12, QT_TRANSLATE_NOOP("Hl7Dictionary", "Address Validity Range"), "DR"},
    {13, QT_TRANSLATE_NOOP("Hl7Dictionary", "Effective Date"), "TS"},
    {14, QT_TRANSLATE_NOOP("Hl7Dictionary", "Expiration Date"), "TS"},
};

constexpr Entry xcnComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "ID Number"), "ST"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Family Name"), "FN"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Given Name"), "ST"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Second and Further Given Names or Initials Thereof"), "ST"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Suffix (e.g., JR or III)"), "ST"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Prefix (e.g., DR)"), "ST"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Degree (e.g., MD)"), "IS"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Source Table"), "IS"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "Assigning Authority"), "HD"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "Name Type Code"), "ID"},
    {11, QT_TRANSLATE_NOOP("Hl7Dictionary", "Identifier Check Digit"), "ST"},
    {12, QT_TRANSLATE_NOOP("Hl7Dictionary", "Check Digit Scheme"), "ID"},
    {13, QT_TRANSLATE_NOOP("Hl7Dictionary", "Identifier Type Code"), "ID"},
    {14, QT_TRANSLATE_NOOP("Hl7Dictionary", "Assigning Facility"), "HD"},
    {15, QT_TRANSLATE_NOOP("Hl7Dictionary", "Name Representation Code"), "ID"},
    {16, QT_TRANSLATE_NOOP("Hl7Dictionary", "Name Context"), "CE"},
    {17, QT_TRANSLATE_NOOP("Hl7Dictionary", "Name Validity Range"), "DR"},
    {18, QT_TRANSLATE_NOOP("Hl7Dictionary", "Name Assembly Order"), "ID"},
    {19, QT_TRANSLATE_NOOP("Hl7Dictionary", "Effective Date"), "TS"},
    {20, QT_TRANSLATE_NOOP("Hl7Dictionary", "Expiration Date"), "TS"},
    {21, QT_TRANSLATE_NOOP("Hl7Dictionary", "Professional Suffix"), "ST"},
    {22, QT_TRANSLATE_NOOP("Hl7Dictionary", "Assigning Jurisdiction"), "CWE"},
    {23, QT_TRANSLATE_NOOP("Hl7Dictionary", "Assigning Agency or Department"), "CWE"},
};

constexpr Entry xonComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Organization Name"), "ST"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Organization Name Type Code"), "IS"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "ID Number"), "NM"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Check Digit"), "NM"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Check Digit Scheme"), "ID"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Assigning Authority"), "HD"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Identifier Type Code"), "ID"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Assigning Facility"), "HD"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "Name Representation Code"), "ID"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "Organization Identifier"), "ST"},
};

constexpr Entry xpnComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Family Name"), "FN"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Given Name"), "ST"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Second and Further Given Names or Initials Thereof"), "ST"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Suffix (e.g., JR or III)"), "ST"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Prefix (e.g., DR)"), "ST"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Degree (e.g., MD)"), "IS"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Name Type Code"), "ID"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Name Representation Code"), "ID"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "Name Context"), "CE"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "Name Validity Range"), "DR"},
    {11, QT_TRANSLATE_NOOP("Hl7Dictionary", "Name Assembly Order"), "ID"},
    {12, QT_TRANSLATE_NOOP("Hl7Dictionary", "Effective Date"), "TS"},
    {13, QT_TRANSLATE_NOOP("Hl7Dictionary", "Expiration Date"), "TS"},
    {14, QT_TRANSLATE_NOOP("Hl7Dictionary", "Professional Suffix"), "ST"},
};

constexpr Entry xtnComponents[] = {
    {1, QT_TRANSLATE_NOOP("Hl7Dictionary", "Telephone Number"), "ST"},
    {2, QT_TRANSLATE_NOOP("Hl7Dictionary", "Telecommunication Use Code"), "ID"},
    {3, QT_TRANSLATE_NOOP("Hl7Dictionary", "Telecommunication Equipment Type"), "ID"},
    {4, QT_TRANSLATE_NOOP("Hl7Dictionary", "Email Address"), "ST"},
    {5, QT_TRANSLATE_NOOP("Hl7Dictionary", "Country Code"), "NM"},
    {6, QT_TRANSLATE_NOOP("Hl7Dictionary", "Area/City Code"), "NM"},
    {7, QT_TRANSLATE_NOOP("Hl7Dictionary", "Local Number"), "NM"},
    {8, QT_TRANSLATE_NOOP("Hl7Dictionary", "Extension"), "NM"},
    {9, QT_TRANSLATE_NOOP("Hl7Dictionary", "Any Text"), "ST"},
    {10, QT_TRANSLATE_NOOP("Hl7Dictionary", "Extension Prefix"), "ST"},
    {11, QT_TRANSLATE_NOOP("Hl7Dictionary", "Speed Dial Code"), "ST"},
    {12, QT_TRANSLATE_NOOP("Hl7Dictionary", "Unformatted Telephone Number"), "ST"},
};

constexpr DataType dataTypes[] = {
    {"CE", ceComponents},
    {"CNE", cneComponents},
    {"CNN", cnnComponents},
    {"CP", cpComponents},
    {"CQ", cqComponents},
    {"CWE", cweComponents},
    {"CX", cxComponents},
    {"DLD", dldComponents},
    {"DLN", dlnComponents},
    {"DR", drComponents},
    {"ED", edComponents},
    {"EI", eiComponents},
    {"EIP", eipComponents},
    {"ELD", eldComponents},
    {"ERL", erlComponents},
    {"FC", fcComponents},
    {"FN", fnComponents},
    {"HD", hdComponents},
    {"JCC", jccComponents},
    {"MO", moComponents},
    {"MOC", mocComponents},
    {"MSG", msgComponents},
    {"NA", naComponents},
    {"NDL", ndlComponents},
    {"OSD", osdComponents},
    {"PL", plComponents},
    {"PRL", prlComponents},
    {"PT", ptComponents},
    {"RI", riComponents},
    {"RP", rpComponents},
    {"RPT", rptComponents},
    {"SAD", sadComponents},
    {"SN", snComponents},
    {"SPS", spsComponents},
    {"SRT", srtComponents},
    {"TQ", tqComponents},
    {"TS", tsComponents},
    {"VID", vidComponents},
    {"VR", vrComponents},
    {"XAD", xadComponents},
    {"XCN", xcnComponents},
    {"XON", xonComponents},
    {"XPN", xpnComponents},
    {"XTN", xtnComponents},
};

// Checked while compiling: entries numbered 1..N in order, every one named and typed (possibly
// ""), ids sorted and unique so that lookups can bisect.
constexpr bool isNumbered(std::span<const Entry> entries)
{
    if (entries.empty())
        return false;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const Entry &entry = entries[i];
        if (entry.number != int(i) + 1 || entry.name == nullptr || entry.name[0] == '\0' || entry.type == nullptr)
            return false;
    }
    return true;
}

template<typename Table>
constexpr bool isValid(const Table &table, auto entriesOf)
{
    for (std::size_t i = 0; i < std::size(table); ++i) {
        if (table[i].id.empty() || !isNumbered(entriesOf(table[i])))
            return false;
        if (i > 0 && !(table[i - 1].id < table[i].id))
            return false;
    }
    return true;
}

static_assert(isValid(segments, [](const Segment &s) { return s.fields; }), "segment tables must be sorted and numbered 1..N");
static_assert(isValid(dataTypes, [](const DataType &t) { return t.components; }), "data type tables must be sorted and numbered 1..N");
static_assert(std::all_of(std::begin(segments), std::end(segments), [](const Segment &s) { return s.name && s.name[0] != '\0'; }),
              "every segment has a name");

std::string_view key(QByteArrayView id)
{
    return id.isEmpty() ? std::string_view() : std::string_view(id.data(), std::size_t(id.size()));
}

template<typename Table>
auto lookup(const Table &table, QByteArrayView id) -> decltype(std::data(table))
{
    const std::string_view k = key(id);
    if (k.empty())
        return nullptr;
    const auto it = std::lower_bound(std::begin(table), std::end(table), k,
                                     [](const auto &row, std::string_view wanted) { return row.id < wanted; });
    return it != std::end(table) && it->id == k ? &*it : nullptr;
}

const Entry *entryAt(std::span<const Entry> entries, int number)
{
    if (number < 1 || std::size_t(number) > entries.size())
        return nullptr;
    return &entries[std::size_t(number) - 1];
}

const Entry *fieldEntry(QByteArrayView segment, int field)
{
    const Segment *s = lookup(segments, segment);
    return s ? entryAt(s->fields, field) : nullptr;
}

const Entry *componentEntry(QByteArrayView dataType, int component)
{
    const DataType *t = lookup(dataTypes, dataType);
    return t ? entryAt(t->components, component) : nullptr;
}

bool isUpperAlnum(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Site-defined segments: "Z" and two more letters or digits, e.g. ZPD, Z01.
bool isZSegment(QByteArrayView segment)
{
    return segment.size() == 3 && segment.at(0) == 'Z' && isUpperAlnum(segment.at(1)) && isUpperAlnum(segment.at(2));
}

QString translated(const char *name)
{
    return QCoreApplication::translate("Hl7Dictionary", name);
}

QString typeName(const Entry *entry)
{
    return entry && entry->type[0] != '\0' ? QString::fromLatin1(entry->type) : QString();
}

} // namespace

namespace Hl7Dictionary {

QString segmentName(QByteArrayView segment)
{
    if (const Segment *s = lookup(segments, segment))
        return translated(s->name);
    if (isZSegment(segment))
        return translated(ZSegmentName);
    return {};
}

QString fieldName(QByteArrayView segment, int field)
{
    const Entry *entry = fieldEntry(segment, field);
    return entry ? translated(entry->name) : QString();
}

QString fieldType(QByteArrayView segment, int field)
{
    return typeName(fieldEntry(segment, field));
}

QString componentName(QByteArrayView dataType, int component)
{
    const Entry *entry = componentEntry(dataType, component);
    return entry ? translated(entry->name) : QString();
}

QString componentType(QByteArrayView dataType, int component)
{
    return typeName(componentEntry(dataType, component));
}

bool knowsSegment(QByteArrayView segment)
{
    return lookup(segments, segment) != nullptr || isZSegment(segment);
}

} // namespace Hl7Dictionary
