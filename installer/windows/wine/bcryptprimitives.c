/* A stand-in bcryptprimitives.dll for the Wine smoke run only; never shipped.
 *
 * Windows 10 and 11 carry bcryptprimitives.dll, whose ProcessPrng is where Rust's standard
 * library (since Rust 1.78) takes random bytes: the Rust parts of cryptography and
 * python-calamine import it. Debian 12's Wine 8.0 has no such DLL, so their modules fail to
 * load ("DLL load failed ... Module not found"). This one gives ProcessPrng the bytes of
 * RtlGenRandom (advapi32's SystemFunction036), Wine's system random generator; Wine 9
 * brings its own bcryptprimitives.dll, and smoke.py then uses that instead.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom */

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    while (size > 0) {
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
