"""Small article sets for the provenance tests: one statement told several ways, real-looking sentences."""

QUOTE = "We will rebuild every bridge that the storm destroyed before the winter comes"

ARTICLES = {
    "exact-1": f"Flood waters rose again overnight in the river valley. “{QUOTE},” Governor Maria Lopez said on Monday.\n",
    "exact-2": f"Residents returned to damaged homes on Tuesday. “{QUOTE},” Governor Maria Lopez told reporters.\n",
    "reworded": "Crews cleared roads on Wednesday. “We are going to rebuild each bridge the storm destroyed before "
                "winter comes,” Governor Maria Lopez said.\n",
    "in-part": "The governor spoke at a shelter. “We will rebuild every bridge that the storm destroyed,” Governor "
               "Maria Lopez said.\n",
    "other-named": f"The state legislature met on Thursday. “{QUOTE},” Senator Paul Grant said.\n",
    "anonymous": f"Officials toured the valley. “{QUOTE},” a senior state official said.\n",
    "paraphrase": "Governor Maria Lopez said the state would rebuild every bridge that the storm destroyed before the "
                  "winter comes.\n",
    "interior": "The talks resumed in Vienna. “The Interior Ministry is constantly reviewing the security situation at "
                "the borders and will take all necessary measures,” a senior diplomat said.\n",
    "defence": "Border checks were tightened. “The Defence Ministry continually examines the security situation on the "
               "borders and will take all the necessary steps,” a military officer said.\n",
    "no-source": f"Volunteers handed out sandbags.\n\n“{QUOTE}.”\n\nThe river is expected to crest on Friday.\n",
    "split": "Governor Maria Lopez spoke on Monday. “We will rebuild every bridge that the storm destroyed,” she said. "
             "“And we will do it before the winter comes.”\n",
    "bakery": "Prices of bread rose sharply in March, according to the national statistics office. “Our bakeries cannot "
              "absorb the cost of flour any longer,” said Anna Weber, who runs a bakery in Leipzig.\n",
}
