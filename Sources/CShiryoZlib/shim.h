#ifndef SHIRYO_CZLIB_SHIM_H
#define SHIRYO_CZLIB_SHIM_H
#include <zlib.h>
#endif
