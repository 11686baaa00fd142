"""Name pools in the scripts a European partner network writes in: Latin
with the accents of many languages, Greek and Cyrillic."""

from __future__ import annotations

GIVEN = {
    "DE": ["Jürgen", "Käthe", "Björn", "Anneliese", "Günther", "Sören", "Lea", "Maximilian"],
    "PL": ["Małgorzata", "Paweł", "Łukasz", "Agnieszka", "Grzegorz", "Zofia", "Wojciech", "Żaneta"],
    "GR": ["Γιώργος", "Ελένη", "Δημήτρης", "Αικατερίνη", "Νίκος", "Σοφία", "Παναγιώτης", "Μαρία"],
    "ES": ["Lucía", "José", "Begoña", "Íñigo", "María Jesús", "Álvaro", "Nuria", "Joan"],
    "IT": ["Francesca", "Niccolò", "Chiara", "Matteo", "Giulia", "Lorenzo", "Federica", "Alessandro"],
    "FR": ["Jocelyne", "François", "Hélène", "Jérôme", "Noémie", "Loïc", "Amélie", "Gaëtan"],
    "HU": ["Zsófia", "László", "Erzsébet", "Gergő", "Ildikó", "Bálint", "Réka", "Ödön"],
    "CZ": ["Jiří", "Kateřina", "Tomáš", "Markéta", "Radek", "Věra", "Ondřej", "Zdeňka"],
    "BG": ["Иван", "Мария", "Георги", "Елена", "Димитър", "Цветелина", "Пламен", "Радостина"],
    "SE": ["Åsa", "Björn", "Märta", "Örjan", "Linnéa", "Håkan", "Ebba", "Göran"],
    "PT": ["João", "Inês", "Conceição", "Gonçalo", "Mariana", "Sebastião", "Leonor", "André"],
    "RO": ["Ștefan", "Ioana", "Mădălina", "Răzvan", "Andreea", "Tudor", "Oana", "Cătălin"],
}
FAMILY = {
    "DE": ["Großmann", "Müller", "Schönberger", "Weiß", "Bäumler", "Köhler", "Fuß", "Lütke"],
    "PL": ["Żurawska", "Wójcik", "Łoś", "Wróbel", "Kowalczyk", "Szczęsny", "Dąbrowska", "Nowak"],
    "GR": ["Παπαδόπουλος", "Κωνσταντινίδου", "Αλεξίου", "Βλάχος", "Γεωργίου", "Οικονόμου", "Νικολάου", "Ιωάννου"],
    "ES": ["Fernández Gil", "Martínez Ruiz", "Núñez", "Ibáñez", "Sánchez Ortega", "Peña", "Muñoz", "Ferrer Vidal"],
    "IT": ["Colombo", "Rinaldi", "Ferrero", "Galli", "De Luca", "Esposito", "Bianchi", "Mancini"],
    "FR": ["Le Seyec", "Lefèvre", "Dubois", "Château", "Bénard", "Mercier", "Gauthier", "Faure"],
    "HU": ["Kovács", "Szabó", "Tóth", "Horváth", "Nagy", "Fülöp", "Balogh", "Győri"],
    "CZ": ["Dvořák", "Novotná", "Černý", "Procházka", "Kučerová", "Veselý", "Růžička", "Šťastná"],
    "BG": ["Иванов", "Петрова", "Георгиев", "Димитрова", "Стоянов", "Николова", "Тодоров", "Колева"],
    "SE": ["Åkesson", "Lindström", "Öberg", "Sjöberg", "Ström", "Bäckström", "Nyström", "Söderberg"],
    "PT": ["Gonçalves", "Conceição", "Araújo", "Simões", "Magalhães", "Falcão", "Brandão", "Loureiro"],
    "RO": ["Popescu", "Ionescu", "Ștefănescu", "Dumitrașcu", "Băsescu", "Mureșan", "Țurcanu", "Răducanu"],
}
CITIES = {
    "DE": ("Munich", "Europe/Berlin"),
    "PL": ("Kraków", "Europe/Warsaw"),
    "GR": ("Thessaloniki", "Europe/Athens"),
    "ES": ("Madrid", "Europe/Madrid"),
    "IT": ("Torino", "Europe/Rome"),
    "FR": ("Rennes", "Europe/Paris"),
    "HU": ("Szeged", "Europe/Budapest"),
    "CZ": ("Brno", "Europe/Prague"),
    "BG": ("Пловдив", "Europe/Sofia"),
    "SE": ("Göteborg", "Europe/Stockholm"),
    "PT": ("Coimbra", "Europe/Lisbon"),
    "RO": ("Cluj-Napoca", "Europe/Bucharest"),
}
ORGANISATION_WORDS = [
    "Cluster",
    "Biotech Network",
    "Innovation Agency",
    "Life Science Park",
    "University",
    "Research Centre",
    "Technology Transfer Office",
    "Health Region",
    "BioHub",
    "Chamber",
]
TOPICS = [
    "IPR",
    "funding",
    "training",
    "internationalisation",
    "start-ups",
    "clinical trials",
    "digital health",
    "bioeconomy",
    "regulation",
    "skills",
    "member services",
    "technology transfer",
]
