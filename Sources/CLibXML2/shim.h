#ifndef SHIRYO_CLIBXML2_SHIM_H
#define SHIRYO_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU, and its headers would pull the system ICU into every
   module that imports this one, where it clashes with the copy of ICU inside Foundation
   ("'UErrorCode' has different definitions in different modules"). Nothing in Swift uses
   libxml2's ICU converter fields, so hide them. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlreader.h>
#endif
