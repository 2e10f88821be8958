#ifndef SHIRYO_CICU_SHIM_H
#define SHIRYO_CICU_SHIM_H
// The system ICU (Debian: libicu-dev) for UAX #14 line breaking in ShiryoText.
//
// Swift's Foundation on Linux bundles its own ICU as the Clang module _FoundationICU, with
// headers that define the same C types (UErrorCode, UBreakIterator, …) differently. A Swift
// module that sees both sets of headers fails to compile ("'U_MF_…' from module
// '_FoundationICU' is not present in definition of 'enum UErrorCode'"), and every ShiryoText
// file sees Foundation through ShiryoModel. So this header includes no ICU header that
// defines a type: only <unicode/uvernum.h>, which defines nothing but the version macros,
// among them U_ICU_ENTRY_POINT_RENAME, which turns `ubrk_open` into the versioned symbol the
// installed library exports (`ubrk_open_72`). The few functions ShiryoText needs are
// declared here with ABI-identical plain C types (enums are `int`, UChar is `uint16_t`,
// UVersionInfo is `uint8_t[4]`) and wrapped in `shiryo_` functions whose names do not depend
// on the ICU version. The two ICUs do not meet at link time either: Foundation's exports its
// functions as `swift_ubrk_open`, the system one as `ubrk_open_72`.
#include <stdint.h>
#include <unicode/uvernum.h>

typedef struct ShiryoICUBreakIterator ShiryoICUBreakIterator;

#define SHIRYO_ICU(name) U_ICU_ENTRY_POINT_RENAME(name)

// From <unicode/ubrk.h> and <unicode/uversion.h> (stable C API since ICU 2.0).
ShiryoICUBreakIterator *SHIRYO_ICU(ubrk_open)(int type, const char *locale, const uint16_t *text,
                                              int32_t textLength, int *status);
void SHIRYO_ICU(ubrk_setText)(ShiryoICUBreakIterator *iterator, const uint16_t *text, int32_t textLength,
                              int *status);
int32_t SHIRYO_ICU(ubrk_first)(ShiryoICUBreakIterator *iterator);
int32_t SHIRYO_ICU(ubrk_next)(ShiryoICUBreakIterator *iterator);
void SHIRYO_ICU(ubrk_close)(ShiryoICUBreakIterator *iterator);
void SHIRYO_ICU(u_getVersion)(uint8_t version[4]);
void SHIRYO_ICU(u_getUnicodeVersion)(uint8_t version[4]);
void SHIRYO_ICU(u_versionToString)(const uint8_t version[4], char *versionString);

/// UBRK_LINE of UBreakIteratorType.
#define SHIRYO_UBRK_LINE 2

/// Opens a line break iterator for `locale` (e.g. "ja@lb=strict"). Returns NULL and sets
/// `*status` (an ICU UErrorCode > 0) on failure.
static inline ShiryoICUBreakIterator *shiryo_ubrk_open_line(const char *locale, int32_t *status) {
    int code = 0;
    ShiryoICUBreakIterator *iterator = SHIRYO_ICU(ubrk_open)(SHIRYO_UBRK_LINE, locale, 0, 0, &code);
    *status = (int32_t)code;
    if (code > 0) {
        if (iterator != 0) { SHIRYO_ICU(ubrk_close)(iterator); }
        return 0;
    }
    return iterator;
}

/// Points the iterator at `text` (UTF-16, `length` code units), which must outlive its use.
/// Returns an ICU UErrorCode (> 0 on failure).
static inline int32_t shiryo_ubrk_set_text(ShiryoICUBreakIterator *iterator, const uint16_t *text, int32_t length) {
    int code = 0;
    SHIRYO_ICU(ubrk_setText)(iterator, text, length, &code);
    return (int32_t)code;
}

static inline int32_t shiryo_ubrk_first(ShiryoICUBreakIterator *iterator) { return SHIRYO_ICU(ubrk_first)(iterator); }

/// The next break position (a UTF-16 offset), or -1 (UBRK_DONE) after the last.
static inline int32_t shiryo_ubrk_next(ShiryoICUBreakIterator *iterator) { return SHIRYO_ICU(ubrk_next)(iterator); }

static inline void shiryo_ubrk_close(ShiryoICUBreakIterator *iterator) { SHIRYO_ICU(ubrk_close)(iterator); }

/// The linked ICU's version, e.g. "72.1", into `buffer` (at least 20 bytes).
static inline void shiryo_icu_version(char *buffer) {
    uint8_t version[4];
    SHIRYO_ICU(u_getVersion)(version);
    SHIRYO_ICU(u_versionToString)(version, buffer);
}

/// The Unicode version of the linked ICU's data, e.g. "15.0", into `buffer` (at least 20 bytes).
static inline void shiryo_unicode_version(char *buffer) {
    uint8_t version[4];
    SHIRYO_ICU(u_getUnicodeVersion)(version);
    SHIRYO_ICU(u_versionToString)(version, buffer);
}
#endif
