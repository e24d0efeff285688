/* Test-only stand-in for Windows' bcryptprimitives.dll, for the Wine prefix of the Windows build
 * and smoke test; never shipped (packaging/windows/check_bundle.py fails the build if it is in
 * the bundle).
 *
 * python-calamine's Rust extension (Rust's standard library since 1.78) imports ProcessPrng from
 * bcryptprimitives.dll, which Windows 10 and later ship and Wine has only from 8.13. This one
 * draws from the system RNG through BCryptGenRandom, which Wine 8 has.
 */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!BCRYPT_SUCCESS(BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG)))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;  /* as on Windows, where ProcessPrng always succeeds */
}
