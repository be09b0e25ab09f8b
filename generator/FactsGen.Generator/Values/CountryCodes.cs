using System.Collections.Generic;
using System.Linq;

namespace FactsGen.Values;

/// <summary>ISO 3166-1 alpha-2: the 249 officially assigned codes.</summary>
public static class CountryCodes
{
    private static readonly HashSet<string> Codes = new(
        ("AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
         "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
         "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
         "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT " +
         "MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
         "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG " +
         "UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW").Split(' '));

    public static IReadOnlyCollection<string> All => Codes;

    public static bool TryValidate(string text, out string error)
    {
        error = string.Empty;
        if (Codes.Contains(text))
        {
            return true;
        }

        var upper = text.ToUpperInvariant();
        error = Codes.Contains(upper)
            ? $"'{text}' must be upper case: write '{upper}'"
            : $"'{text}' is not an ISO 3166-1 alpha-2 country code (e.g. NE, US, RU){(Suggest(text) is { } nearest ? $"; did you mean '{nearest}'?" : string.Empty)}";
        return false;
    }

    /// <summary>The code a wrong one most likely meant (its upper case, or the nearest with the same first letter), or null.</summary>
    public static string? Suggest(string text)
    {
        var upper = text.ToUpperInvariant();
        return Codes.Contains(upper) ? upper : Suggestions.Nearest(upper, Codes.Where(c => c[0] == (upper.Length > 0 ? upper[0] : ' ')));
    }
}
