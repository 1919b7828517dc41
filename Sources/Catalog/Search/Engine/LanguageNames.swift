/// English names of the MARC language codes met most in union catalogues, for facet labels.
enum LanguageNames {
    static let english: [String: String] = [
        "ara": "Arabic", "ben": "Bengali", "bul": "Bulgarian", "cat": "Catalan", "chi": "Chinese", "zho": "Chinese",
        "cze": "Czech", "dan": "Danish", "dut": "Dutch", "eng": "English", "fin": "Finnish", "fre": "French",
        "fra": "French", "ger": "German", "deu": "German", "gre": "Greek", "heb": "Hebrew", "hin": "Hindi",
        "hun": "Hungarian", "ind": "Indonesian", "ita": "Italian", "jpn": "Japanese", "kor": "Korean",
        "lat": "Latin", "may": "Malay", "mon": "Mongolian", "mul": "Multiple languages", "nor": "Norwegian",
        "per": "Persian", "pol": "Polish", "por": "Portuguese", "rum": "Romanian", "rus": "Russian",
        "san": "Sanskrit", "spa": "Spanish", "swe": "Swedish", "tam": "Tamil", "tha": "Thai", "tib": "Tibetan",
        "tur": "Turkish", "uig": "Uighur", "ukr": "Ukrainian", "und": "Undetermined", "urd": "Urdu",
        "vie": "Vietnamese", "yid": "Yiddish", "zxx": "No linguistic content",
    ]
}
