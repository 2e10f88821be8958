#ifndef SHIRYO_CMALLOC_SHIM_H
#define SHIRYO_CMALLOC_SHIM_H
/* glibc's malloc_trim, which Swift's Glibc module does not bring in. */
#if defined(__linux__) && __has_include(<malloc.h>)
#include <malloc.h>
#endif
#endif
