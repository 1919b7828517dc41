// libxml2 as Pinakes uses it: parsing, trees and XSD validation.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; its headers would then pull in the system's ICU, which clashes with the copy
// Foundation ships (_FoundationICU). Nothing here touches the ICU-dependent encoding structures.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>
